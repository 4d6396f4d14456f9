"""Input checks shared by the pages and the API (the API schemas use the same bounds)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from runcare.activities.uploads import UploadTooLarge, check_size

PAIN_HELP = _("0 = no pain, 10 = worst imaginable. Leave empty if you do not know yet.")
ACCEPT = ".fit,.gz,.gpx,.tcx,.zip,application/zip,application/gzip"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Activity file or account export"),
        help_text=_(
            "A .fit, .gpx or .tcx file (also .gz), or a whole Strava or Garmin export (.zip)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args: Any, too_large: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        head = upload.read(4096)
        upload.seek(0)
        try:
            check_size(upload.size, head)
        except UploadTooLarge as exc:
            self.too_large = exc.message
            raise forms.ValidationError(exc.message) from None
        return upload

    def clean(self) -> dict[str, Any]:
        if self.too_large and "file" not in self.errors:
            self.add_error("file", self.too_large)
        return super().clean() or {}


def _pain_field(label: Any) -> forms.IntegerField:
    return forms.IntegerField(label=label, min_value=0, max_value=10, required=False,
                              help_text=PAIN_HELP,
                              widget=forms.NumberInput(attrs={"inputmode": "numeric"}))  # fmt: skip


class RunPainForm(forms.Form):
    during = _pain_field(_("Pain during the run"))
    after = _pain_field(_("Pain right after"))
    next_morning = _pain_field(_("Pain the next morning"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if all(data.get(k) is None for k in ("during", "after", "next_morning")):
            raise forms.ValidationError(_("Give at least one pain score."))
        return data

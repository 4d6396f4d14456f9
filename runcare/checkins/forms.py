"""Check-in, questionnaire and self-test forms. Fields listed explicitly; the API validates
through these same forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from runcare.checkins import scoring
from runcare.checkins.models import Adherence, SelfTestKind
from runcare.checkins.signs import SIGN_LABELS

PAIN_HELP = _("0 means no pain, 10 the worst pain you can imagine.")


def _pain(label: Any, required: bool = True) -> forms.IntegerField:
    return forms.IntegerField(
        label=label, min_value=0, max_value=10, required=required, help_text=PAIN_HELP
    )


class CheckInForm(forms.Form):
    idempotency_key = forms.RegexField(
        regex=r"^[A-Za-z0-9_-]{8,64}$",
        widget=forms.HiddenInput,
        error_messages={"invalid": _("This form has expired. Please reload the page.")},
    )
    pain_now = _pain(_("Pain right now"))
    pain_during = _pain(_("Worst pain during today's exercises or run"))
    pain_after = _pain(_("Pain in the 2 hours after"))
    pain_next_morning = _pain(_("Pain this morning, on getting up (if you noted it)"), False)
    stiffness = forms.IntegerField(
        label=_("Stiffness this morning"),
        min_value=0,
        max_value=10,
        help_text=_("0 means not stiff at all, 10 the stiffest it could be."),
    )
    limp = forms.TypedChoiceField(
        label=_("Are you limping?"),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )
    adherence_pct = forms.TypedChoiceField(
        label=_("How many of this week's planned sessions have you done?"),
        choices=[(c.value, c.label) for c in Adherence],
        coerce=int,
        widget=forms.RadioSelect,
    )
    signs = forms.MultipleChoiceField(
        label=_("Have you noticed any of these since your last check-in?"),
        choices=list(SIGN_LABELS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked if none."),
    )
    stage_criteria_met = forms.BooleanField(
        label=_("I reached the goals for my current stage today (see My program)"),
        required=False,
    )

    def data_for_action(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("idempotency_key")
        data["signs"] = sorted(data["signs"])
        return data


SELF_TEST_UNITS = {
    SelfTestKind.KNEE_TO_WALL: _("centimetres from big toe to wall"),
    SelfTestKind.HEEL_RAISES: _("number of raises"),
}


class SelfTestForm(forms.Form):
    """One test on both legs; ``kind`` comes from the section of the page it was sent from."""

    kind = forms.ChoiceField(choices=SelfTestKind.choices, widget=forms.HiddenInput)
    left = forms.FloatField(label=_("Left leg"), min_value=0, max_value=60)
    right = forms.FloatField(label=_("Right leg"), min_value=0, max_value=60)

    def __init__(self, *args: Any, kind: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kind is not None:
            self.fields["kind"].initial = kind
            for side in ("left", "right"):
                self.fields[side].help_text = SELF_TEST_UNITS[SelfTestKind(kind)]


class LefsForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i, label in enumerate(scoring.LEFS_ITEMS, start=1):
            self.fields[f"q{i}"] = forms.TypedChoiceField(
                label=label, choices=scoring.LEFS_CHOICES, coerce=int, widget=forms.RadioSelect
            )

    def answers(self) -> dict[str, Any]:
        return {f"q{i}": self.cleaned_data[f"q{i}"] for i in range(1, 21)}


class PsfsForm(forms.Form):
    """Up to five activities the pain makes hard, each rated 0 (cannot) to 10 (as before)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i in range(1, 6):
            self.fields[f"activity_{i}"] = forms.CharField(
                label=_("Activity %(n)s") % {"n": i}, max_length=80, required=i == 1
            )
            self.fields[f"rating_{i}"] = forms.IntegerField(
                label=_("How well can you do it now? (0 = cannot, 10 = as before)"),
                min_value=0,
                max_value=10,
                required=i == 1,
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for i in range(1, 6):
            if bool(data.get(f"activity_{i}")) != (data.get(f"rating_{i}") is not None):
                self.add_error(f"rating_{i}", _("Give each activity you name a rating."))
        return data

    def answers(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "activities": [
                {"activity": d[f"activity_{i}"], "rating": d[f"rating_{i}"]}
                for i in range(1, 6)
                if d.get(f"activity_{i}")
            ]
        }


class VisaAForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i, label in enumerate(scoring.VISA_A_ITEMS, start=1):
            self.fields[f"q{i}"] = forms.IntegerField(label=label, min_value=0, max_value=10)
        self.fields["q7"] = forms.TypedChoiceField(
            label=_("Are you doing sport or other physical activity at the moment?"),
            choices=scoring.VISA_A_ACTIVITY, coerce=int, widget=forms.RadioSelect,
        )  # fmt: skip
        self.fields["pain_with_sport"] = forms.TypedChoiceField(
            label=_("Does your Achilles hurt when you do sport that loads it?"),
            choices=[("no", _("No")), ("yes", _("Yes"))],
            coerce=lambda v: v == "yes",
            widget=forms.RadioSelect,
        )
        self.fields["q8"] = forms.TypedChoiceField(
            label=_("How long can you train or play that sport (with pain, if it hurts)?"),
            choices=scoring.VISA_A_DURATION, coerce=int, widget=forms.RadioSelect,
        )  # fmt: skip

    def answers(self) -> dict[str, Any]:
        d = self.cleaned_data
        items = {f"q{i}": d[f"q{i}"] for i in range(1, 8)}
        branch = "q8_pain" if d["pain_with_sport"] else "q8_loading"
        return {**items, branch: d["q8"]}


PROM_FORMS: dict[str, type[forms.Form]] = {
    "lefs": LefsForm,
    "psfs": PsfsForm,
    "visa_a": VisaAForm,
}

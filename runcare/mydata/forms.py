"""The account deletion confirmation: the password again, and a typed confirmation."""

from django import forms
from django.utils.translation import gettext_lazy as _

CONFIRM_WORD = "DELETE"


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.CharField(
        label=_("Type DELETE to confirm"),
        max_length=10,
        help_text=_("This cannot be undone."),
    )

    def clean_confirm(self) -> str:
        value: str = self.cleaned_data["confirm"].strip()
        if value != CONFIRM_WORD:
            raise forms.ValidationError(_("Type the word DELETE in capitals to confirm."))
        return value

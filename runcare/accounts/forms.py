"""Account forms. Every field is listed explicitly (no mass assignment)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from runcare.accounts.backends import LoginBusy
from runcare.accounts.models import User


class SignupForm(forms.Form):
    name = forms.CharField(label=_("Your first name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters. A passphrase of a few words is easy to remember."),
    )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise ValidationError(
                _(
                    "An account with this e-mail already exists. Sign in or "
                    "reset your password instead."
                )
            )
        return email

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        password = data.get("password")
        if password:
            probe = User(email=data.get("email", ""), first_name=data.get("name", ""))
            try:
                password_validation.validate_password(password, probe)
            except ValidationError as exc:
                self.add_error("password", exc)
        return data


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "That e-mail and password do not match an account. Check both and try again."
        ),
        "inactive": _("This account is not active."),
    }

    def clean(self) -> dict[str, Any]:
        try:
            return super().clean()
        except LoginBusy:
            raise ValidationError(
                _("Many people are signing in right now. Please try again in a few seconds."),
                code="busy",
            ) from None


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("What is this token for?"), max_length=80)
    days = forms.IntegerField(
        label=_("Expires after (days)"), min_value=1, max_value=365, initial=90
    )

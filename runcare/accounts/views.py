"""Sign-up, sign-in, 2FA and API tokens. Thin: parse, check, call one action, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from runcare.accounts import mfa, tokens
from runcare.accounts.forms import ApiTokenForm, LoginForm, SignupForm, TokenForm
from runcare.accounts.models import ApiToken, Role, User
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("web:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = User.objects.create_user(
                form.cleaned_data["email"],
                form.cleaned_data["password"],
                first_name=form.cleaned_data["name"],
                role=Role.MEMBER,
            )
        login(request, user, backend="runcare.accounts.backends.ThrottledModelBackend")
        messages.success(request, _("Welcome to RunCare, %(name)s.") % {"name": user.first_name})
        return redirect("web:home")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["expired"] = self.request.GET.get("expired") == "1"
        return context


def locked_out(
    request: HttpRequest, credentials: Any = None, *args: Any, **kw: Any
) -> HttpResponse:
    return render(request, "accounts/locked_out.html", status=429)


@login_required
def mfa_setup(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if mfa.has_confirmed_device(user) and not request.user.is_verified():  # type: ignore[union-attr]
        return redirect("accounts:mfa_verify")
    device = mfa.pending_totp_device(user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = mfa.confirm_totp(user, device, form.cleaned_data["token"])
        if codes is not None:
            otp_login(request, device)
            record_event(
                action=AuditAction.MFA_ENROLLED,
                actor=user,
                object_type="totp_device",
                object_id=device.pk,
            )
            return render(request, "accounts/backup_codes.html", {"codes": codes})
        record_event(
            action=AuditAction.MFA_FAILED, actor=user, object_type="totp_device", outcome="failed"
        )
        form.add_error(
            "token",
            _("That code did not match. Check the time on your phone and enter the newest code."),
        )
    return render(
        request,
        "accounts/mfa_setup.html",
        {
            "form": form,
            "qr": mfa.qr_data_uri(device),
            "secret": mfa.secret_base32(device),
        },
    )


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not mfa.has_confirmed_device(user):
        return redirect("accounts:mfa_setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(request.GET.get("next") or "web:home")
        record_event(action=AuditAction.MFA_FAILED, actor=user, object_type="otp", outcome="failed")
        form.add_error(
            "token",
            _(
                "That code was not accepted. Use the newest code from your "
                "app, or one of your backup codes."
            ),
        )
    return render(request, "accounts/mfa_verify.html", {"form": form})


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    return render(
        request,
        "accounts/account.html",
        {
            "has_mfa": mfa.has_confirmed_device(user),
            "tokens": ApiToken.objects.filter(user=user, revoked_at__isnull=True),
            "token_form": ApiTokenForm(),
        },
    )


@login_required
@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the token a name and a lifetime of 1 to 365 days."))
        return redirect("accounts:account")
    token, raw = tokens.create_token(
        user=user, name=form.cleaned_data["name"], days=form.cleaned_data["days"], by=user
    )
    return render(request, "accounts/token_created.html", {"token": token, "raw": raw})


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    tokens.revoke_token(token=token, by=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Token revoked."))
    return redirect("accounts:account")


password_reset = auth_views.PasswordResetView.as_view(
    template_name="accounts/password_reset.html",
    email_template_name="accounts/email/password_reset.txt",
    subject_template_name="accounts/email/password_reset_subject.txt",
    success_url=reverse_lazy("accounts:password_reset_done"),
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)

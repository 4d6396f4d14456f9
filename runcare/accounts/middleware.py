"""Server-side session limits and the second-factor gate.

Django has one session lifetime; HIPAA automatic logoff and ASVS want an idle limit *and* an
absolute limit, so both instants are kept in the session and checked on every request."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.http import urlencode

AUTH_AT = "_rc_auth_at"
SEEN_AT = "_rc_seen_at"
TOUCH_EVERY = 60  # seconds: avoid a session write on every request

now: Callable[[], float] = time.time


def start_session_clock(
    sender: object, request: HttpRequest | None, user: object, **kwargs: object
) -> None:
    """Connected to ``user_logged_in``: the absolute lifetime counts from the sign-in itself."""
    if request is not None and hasattr(request, "session"):
        request.session[AUTH_AT] = request.session[SEEN_AT] = now()


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def _signed_out(request: HttpRequest, reason: str) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(
            {"error": {"code": "session_expired", "message": reason, "fields": {}}}, status=401
        )
    login = (
        reverse("accounts:login")
        + "?"
        + urlencode({"next": request.get_full_path(), "expired": "1"})
    )
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = login
        return response
    return HttpResponseRedirect(login)


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            session = request.session
            current = now()
            auth_at = session.setdefault(AUTH_AT, current)
            seen_at = session.setdefault(SEEN_AT, current)
            kind = "member" if user.role == "member" else "staff"  # type: ignore[union-attr]
            if current - seen_at > settings.SESSION_IDLE_SECONDS[kind]:
                logout(request)
                return _signed_out(request, "Signed out after a period of inactivity.")
            if current - auth_at > settings.SESSION_COOKIE_AGE:
                logout(request)
                return _signed_out(request, "Signed out: sessions last at most a working day.")
            if current - seen_at > TOUCH_EVERY:
                session[SEEN_AT] = current
        return self.get_response(request)


MFA_OPEN_PREFIXES = ("/accounts/2fa/", "/accounts/logout/", "/static/", "/favicon")


class RequireTwoFactorMiddleware:
    """Therapists, organisation admins and staff see nothing but enrolment until they pass 2FA."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and user.needs_mfa  # type: ignore[union-attr]
            and not user.is_verified()  # type: ignore[union-attr, attr-defined]
            and not request.path.startswith(MFA_OPEN_PREFIXES)
        ):
            if _is_api(request):
                return JsonResponse(
                    {
                        "error": {
                            "code": "mfa_required",
                            "message": "Two-factor authentication is required for this account.",
                            "fields": {},
                        }
                    },
                    status=403,
                )
            from runcare.accounts.mfa import has_confirmed_device

            target = "accounts:mfa_verify" if has_confirmed_device(user) else "accounts:mfa_setup"
            return HttpResponseRedirect(reverse(target))
        return self.get_response(request)

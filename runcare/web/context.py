"""Role-aware navigation for the base layout."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

NAV_BY_ROLE: dict[str, list[tuple[str, Any]]] = {
    "member": [
        ("web:home", _("Today")),
        ("programs:program", _("Program")),
        ("activities:list", _("Runs")),
        ("activities:load", _("Load")),
        ("checkins:checkin", _("Check-in")),
        ("checkins:progress", _("Progress")),
        ("selfcare:index", _("Self-care")),
        ("lessons:index", _("Lessons")),
        ("mydata:index", _("My data")),
    ],
    "therapist": [("web:home", _("Caseload"))],
    "org_admin": [("web:home", _("Organisation"))],
    "staff": [("web:home", _("Operations"))],
}


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        items = [
            ("web:landing", _("About")),
            ("lessons:index", _("Lessons")),
            ("accounts:login", _("Sign in")),
            ("accounts:signup", _("Create account")),
        ]
    else:
        items = [*NAV_BY_ROLE.get(user.role, []), ("accounts:account", _("Account"))]
    nav = []
    for name, label in items:
        url = reverse(name)
        nav.append({"url": url, "label": label, "current": request.path == url})
    return {"nav_items": nav}

"""Landing page and each role's home page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone

from runcare.accounts.models import Role, User
from runcare.checkins import queries as checkin_queries
from runcare.members import queries as member_queries
from runcare.organisations.queries import org_summary, organisations_for_admin


def landing(request: HttpRequest) -> HttpResponse:
    return render(request, "web/landing.html")


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if user.role == Role.THERAPIST:
        return render(
            request, "web/home_therapist.html", {"caseload": member_queries.caseload(user)}
        )
    if user.role == Role.ORG_ADMIN:
        summaries = [org_summary(org) for org in organisations_for_admin(user)]
        return render(request, "web/home_org_admin.html", {"summaries": summaries})
    if user.role == Role.STAFF:
        return render(request, "web/home_staff.html")
    from runcare.programs.home import today_card

    episode = member_queries.current_episode(user, user)
    context = {"episode": episode, **today_card(request)}
    today = timezone.now().date()
    context["due_proms"] = checkin_queries.due_proms_of_episode(user, episode, today)
    return render(request, "web/home_member.html", context)


def favicon(request: HttpRequest) -> HttpResponse:
    return redirect(static("runcare/favicon.svg"), permanent=True)


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness and database reachability for load balancers; no data, no session."""
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/error.html", {"status": 404, "title": "Not found"}, status=404)


def error_500(request: HttpRequest) -> HttpResponse:
    return render(
        request, "web/error.html", {"status": 500, "title": "Something went wrong"}, status=500
    )


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/error.html", {"status": 403, "title": "Not allowed"}, status=403)

"""My data: the calendar feed, the JSON export and account deletion."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from runcare.members.access import get_member_for
from runcare.mydata import actions, ics
from runcare.mydata.export import export_member
from runcare.mydata.forms import DeleteAccountForm
from runcare.mydata.models import CalendarFeed


def _me(request: HttpRequest):  # type: ignore[no-untyped-def]
    return get_member_for(request.user, request.user.pk or 0)


@login_required
def index(request: HttpRequest) -> HttpResponse:
    member = _me(request)
    feed = CalendarFeed.objects.filter(member=member, revoked_at=None).first()
    raw = request.session.pop("calendar_feed_token", None)
    url = request.build_absolute_uri(reverse("mydata:feed", args=[raw])) if raw else None
    context = {"feed": feed, "feed_url": url, "delete_form": DeleteAccountForm()}
    return render(request, "mydata/index.html", context)


@login_required
@require_POST
def feed_create(request: HttpRequest) -> HttpResponse:
    _, raw = actions.create_calendar_feed(member=_me(request), by=request.user)  # type: ignore[arg-type]
    request.session["calendar_feed_token"] = raw  # shown once, on the next page only
    return redirect("mydata:index")


@login_required
@require_POST
def feed_revoke(request: HttpRequest) -> HttpResponse:
    actions.revoke_calendar_feed(member=_me(request), by=request.user)  # type: ignore[arg-type]
    messages.success(request, _("The calendar address no longer works."))
    return redirect("mydata:index")


def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The token grants this calendar and nothing else; no session is read or started."""
    found = actions.feed_for_token(token)
    if found is None:
        raise Http404("no such calendar")
    plans = list(found.member.plans.filter(active=True, paused_at__isnull=True))
    body = ics.calendar(
        plans, today=timezone.now().date(), now=timezone.now(),
        open_url=request.build_absolute_uri(reverse("programs:today")),
        title=_("RunCare exercise plan"), summary=_("RunCare exercise session"),
    )  # fmt: skip
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@login_required
def export(request: HttpRequest) -> HttpResponse:
    document = export_member(request.user, _me(request))
    response = HttpResponse(
        json.dumps(document, indent=2, ensure_ascii=False), content_type="application/json"
    )
    day = timezone.now().date().isoformat()
    response["Content-Disposition"] = f'attachment; filename="runcare-my-data-{day}.json"'
    return response


@login_required
@require_POST
def delete(request: HttpRequest) -> HttpResponse:
    member = _me(request)
    form = DeleteAccountForm(request.POST)
    if form.is_valid():
        try:
            actions.delete_account(member=member, password=form.cleaned_data["password"], by=member)
        except actions.DeletionRefused as error:
            form.add_error("password", str(error))
        else:
            logout(request)
            return render(request, "mydata/deleted.html")
    feed = CalendarFeed.objects.filter(member=member, revoked_at=None).first()
    return render(request, "mydata/index.html", {"delete_form": form, "feed": feed}, status=400)

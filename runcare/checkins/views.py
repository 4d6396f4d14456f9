"""Check-in, questionnaire and self-test pages: parse, call one action, render."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from runcare.checkins import actions, queries
from runcare.checkins.errors import CheckinError
from runcare.checkins.forms import PROM_FORMS, CheckInForm, SelfTestForm
from runcare.checkins.models import Measure, SelfTestKind, Timepoint
from runcare.checkins.progress import progress_context
from runcare.members.access import get_member_for

RECENT = 10


def _member(request: HttpRequest):  # type: ignore[no-untyped-def]
    """Pages under /check-in/ are the signed-in member's own (404 for other roles)."""
    return get_member_for(request.user, request.user.pk or 0)


@login_required
def checkin(request: HttpRequest) -> HttpResponse:
    member = _member(request)
    form = CheckInForm(request.POST or None, initial={"idempotency_key": uuid.uuid4().hex})
    if form.is_valid():
        try:
            outcome = actions.record_checkin(
                member=member, data=form.data_for_action(), by=request.user,  # type: ignore[arg-type]
                idempotency_key=form.cleaned_data["idempotency_key"],
            )  # fmt: skip
            return redirect("checkins:detail", checkin_id=outcome.checkin.pk)
        except CheckinError as error:
            form.add_error(None, str(error))
    recent = queries.checkins_of(request.user, member, limit=RECENT)
    return render(request, "checkins/checkin.html", {"form": form, "recent": recent})


@login_required
def detail(request: HttpRequest, checkin_id: int) -> HttpResponse:
    row = queries.checkin_for(request.user, checkin_id)
    return render(request, "checkins/detail.html", {"checkin": row})


@login_required
def questionnaires(request: HttpRequest) -> HttpResponse:
    member = _member(request)
    due = queries.due_proms(request.user, member, timezone.now().date())
    done = queries.proms_of(request.user, member)
    return render(request, "checkins/questionnaires.html", {"due": due, "done": done})


@login_required
def questionnaire(request: HttpRequest, measure: str, timepoint: str) -> HttpResponse:
    if measure not in Measure.values or timepoint not in Timepoint.values:
        raise Http404("no such questionnaire")
    member = _member(request)
    form = PROM_FORMS[measure](request.POST or None)
    if form.is_valid():
        try:
            actions.submit_prom(
                member=member, measure=measure, timepoint=timepoint,
                answers=form.answers(), by=request.user,  # type: ignore[attr-defined, arg-type]
            )  # fmt: skip
            messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("checkins:questionnaires")
        except CheckinError as error:
            form.add_error(None, str(error))
    context = {"form": form, "measure": Measure(measure), "timepoint": Timepoint(timepoint)}
    return render(request, "checkins/questionnaire.html", context)


@login_required
def self_tests(request: HttpRequest) -> HttpResponse:
    member = _member(request)
    forms = {
        k: SelfTestForm(request.POST if f"{k}-kind" in request.POST else None, kind=k, prefix=k)
        for k in SelfTestKind
    }
    bound = next((f for f in forms.values() if f.is_bound), None)
    if bound is not None and bound.is_valid():
        try:
            actions.record_self_test(member=member, by=request.user, **bound.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, _("Saved. See how both legs compare on your progress page."))
            return redirect("checkins:self_tests")
        except CheckinError as error:
            bound.add_error(None, str(error))
    tests = queries.self_tests_of(request.user, member)
    return render(request, "checkins/self_tests.html", {"forms": forms, "tests": tests})


def _progress(request: HttpRequest, member) -> HttpResponse:  # type: ignore[no-untyped-def]
    episode = queries.open_episode(request.user, member)
    context = progress_context(
        queries.checkins_of(request.user, member),
        queries.proms_of(request.user, member),
        queries.self_tests_of(request.user, member),
        episode.side if episode else "",
    )
    return render(request, "checkins/progress.html", {**context, "member": member})


@login_required
def progress(request: HttpRequest) -> HttpResponse:
    return _progress(request, _member(request))


@login_required
def member_progress(request: HttpRequest, member_id: int) -> HttpResponse:
    """The same page for the member's assigned therapist (404 for anyone else)."""
    return _progress(request, get_member_for(request.user, member_id))

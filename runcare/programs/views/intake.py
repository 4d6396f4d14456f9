"""The intent question, the questionnaire one screen at a time, and the triage result."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from runcare.clinical.fact_specs import FactsError
from runcare.clinical.intake.flow import answers_to_facts, route_for_intent
from runcare.clinical.triage.engine import triage, triage_to_dict
from runcare.members.access import get_for
from runcare.programs import actions, intake_store
from runcare.programs.forms import IntentForm, ScreenForm, initial_for
from runcare.programs.models import Plan, TriageRecord
from runcare.programs.presenting import result_view
from runcare.programs.screens import progress, screen_to_show

ROUTES = {
    "triage_first": "programs:check",
    "questionnaire": "programs:check",
    "education": "/lessons/",
    "explainer_then_questionnaire": "programs:about_pt",
    "about": "web:landing",
}


def _partial(request: HttpRequest, name: str) -> str:
    return f"programs/_{name}.html" if request.htmx else f"programs/{name}.html"  # type: ignore[attr-defined]


def start(request: HttpRequest) -> HttpResponse:
    form = IntentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        intent = form.cleaned_data["intent"]
        intake_store.save(request, {}, intent=intent)
        target = ROUTES[route_for_intent(intent)]
        return redirect(target if target.startswith("/") else reverse(target))
    return render(request, "programs/start.html", {"form": form})


def about_pt(request: HttpRequest) -> HttpResponse:
    return render(request, "programs/about_pt.html")


def check(request: HttpRequest) -> HttpResponse:
    state = intake_store.load(request)
    screen = screen_to_show(request.GET.get("screen"), state.answers)
    if screen is None:
        return render(request, _partial(request, "check_ready"), {"progress": progress(None)})
    initial = initial_for(screen, state.answers)
    form = ScreenForm(
        screen, state.answers, request.POST if request.method == "POST" else None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        intake_store.save(request, form.answers(state.answers))
        return redirect("programs:check")
    context = {"form": form, "screen": screen, "progress": progress(screen)}
    return render(request, _partial(request, "check"), context)


@require_POST
def finish(request: HttpRequest) -> HttpResponse:
    """Triage the answers: members get a stored record, visitors a result in their session."""
    state = intake_store.load(request)
    try:
        facts = answers_to_facts(state.answers)
    except FactsError as error:
        return render(request, "programs/check_ready.html", {"error": error}, status=422)
    if intake_store.is_member(request):
        member = intake_store.member_of(request)
        outcome = actions.complete_triage(
            member=member, facts=facts, by=member, answers=state.answers
        )
        return redirect("programs:result", record_id=outcome.record.pk)
    request.session[intake_store.RESULT_KEY] = triage_to_dict(triage(facts))
    return redirect("programs:visitor_result")


def result(request: HttpRequest, record_id: int) -> HttpResponse:
    record = get_for(request.user, TriageRecord.objects.all(), record_id)
    plan = Plan.objects.filter(triage=record, active=True).first()
    context = {"view": result_view(record.result), "record": record, "plan": plan}
    return render(request, "programs/result.html", context)


def visitor_result(request: HttpRequest) -> HttpResponse:
    stored = request.session.get(intake_store.RESULT_KEY)
    if stored is None:
        raise Http404("no result yet")
    return render(request, "programs/result.html", {"view": result_view(stored), "visitor": True})

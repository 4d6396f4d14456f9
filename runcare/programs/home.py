"""The member home's "today" card, and claiming a visitor's intake after sign-up."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from runcare.clinical.fact_specs import FactsError
from runcare.clinical.intake.flow import answers_to_facts, next_screen
from runcare.programs import actions, display, intake_store, queries
from runcare.programs.runs import planned_day
from runcare.programs.sessions import exercises_due


def claim_visitor_intake(request: HttpRequest) -> None:
    """Answers given before the account existed move to it; a finished intake is triaged."""
    state = intake_store.visitor_state(request)
    if state is None or not intake_store.is_member(request):
        return
    member = intake_store.member_of(request)
    actions.attach_visitor_answers(
        member=member, intent=state.intent, answers=state.answers, by=member
    )
    if state.answers and next_screen(state.answers) is None:
        try:
            facts = answers_to_facts(state.answers)
        except FactsError:
            facts = None
        if facts is not None:
            actions.complete_triage(member=member, facts=facts, by=member, answers=state.answers)  # type: ignore[arg-type]
    intake_store.forget_visitor(request)


def today_card(request: HttpRequest) -> dict[str, Any]:
    claim_visitor_intake(request)
    user = request.user
    plan = queries.active_plan(user, user)  # type: ignore[arg-type]
    day = timezone.now().date()
    due = exercises_due(plan.plan, day) if plan and not plan.is_paused else []
    return {
        "program_plan": plan,
        "program_today": [display.item(p) for p in due],
        "program_run": planned_day(plan.plan, day) if plan and not plan.is_paused else None,
        "program_triage": None if plan else queries.latest_triage(user, user),  # type: ignore[arg-type]
    }

"""Where unfinished intake answers live: the session for visitors, the database for members.

A visitor can reach triage without an account (someone with warning signs must not have to
sign up first); nothing about them is stored in the database until they create one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from django.http import HttpRequest

from runcare.accounts.models import User
from runcare.clinical.checkins import WARNING_SIGNS
from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.members.access import list_for
from runcare.programs import actions, queries
from runcare.programs.models import IntakeDraft

SESSION_KEY = "runcare.intake"


@dataclass
class IntakeState:
    intent: str = ""
    answers: dict[str, Any] = field(default_factory=dict)


def is_member(request: HttpRequest) -> bool:
    return bool(request.user.is_authenticated and getattr(request.user, "is_member", False))


def member_of(request: HttpRequest) -> User:
    return cast(User, request.user)


def load(request: HttpRequest) -> IntakeState:
    if is_member(request):
        member = member_of(request)
        open_drafts = IntakeDraft.objects.filter(member=member, completed_at=None)
        drafts = list_for(member, open_drafts, limit=1)
        if drafts:
            return IntakeState(drafts[0].intent, drafts[0].answers)
        return IntakeState(answers=rescreen_seed(member))
    data = request.session.get(SESSION_KEY) or {}
    return IntakeState(data.get("intent", ""), data.get("answers", {}))


def save(request: HttpRequest, answers: dict[str, Any], intent: str | None = None) -> None:
    if is_member(request):
        member = member_of(request)
        merged = {**load(request).answers, **answers}  # keeps a re-screen's seeded answers
        actions.record_intake_answers(member=member, answers=merged, intent=intent, by=member)
        return
    state = load(request)
    request.session[SESSION_KEY] = {
        "intent": state.intent if intent is None else intent,
        "answers": {**state.answers, **answers},
    }


RESCREEN_SCREENS = frozenset({"emergency_signs", "urgent_signs"})


def rescreen_seed(member: User) -> dict[str, Any]:
    """For a paused plan, keep the last answers except the warning signs, which are asked again
    (and any follow-up of them), so a re-screen is short but never reuses an old "no"."""
    plan = queries.active_plan(member, member)
    record = queries.latest_triage(member, member) if plan and plan.is_paused else None
    if record is None:
        return {}
    screens = load_questionnaire().screens
    again = {q.key for s in screens if s.id in RESCREEN_SCREENS for q in s.questions}
    again |= WARNING_SIGNS
    questions = [q for s in screens for q in s.questions]
    again |= {q.key for q in questions if q.show_if is not None and q.show_if[0] in again}
    keys = {q.key for q in questions}
    return {k: v for k, v in record.facts.items() if k in keys and k not in again and v is not None}


def visitor_state(request: HttpRequest) -> IntakeState | None:
    data = request.session.get(SESSION_KEY)
    return IntakeState(data.get("intent", ""), data.get("answers", {})) if data else None


def forget_visitor(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
    request.session.pop(RESULT_KEY, None)


RESULT_KEY = "runcare.triage"

"""Where unfinished intake answers live: the session for visitors, the database for members.

A visitor can reach triage without an account (someone with warning signs must not have to
sign up first); nothing about them is stored in the database until they create one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from django.http import HttpRequest

from runcare.accounts.models import User
from runcare.members.access import list_for
from runcare.programs import actions
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
        return IntakeState(drafts[0].intent, drafts[0].answers) if drafts else IntakeState()
    data = request.session.get(SESSION_KEY) or {}
    return IntakeState(data.get("intent", ""), data.get("answers", {}))


def save(request: HttpRequest, answers: dict[str, Any], intent: str | None = None) -> None:
    if is_member(request):
        member = member_of(request)
        actions.record_intake_answers(member=member, answers=answers, intent=intent, by=member)
        return
    state = load(request)
    request.session[SESSION_KEY] = {
        "intent": state.intent if intent is None else intent,
        "answers": {**state.answers, **answers},
    }


def visitor_state(request: HttpRequest) -> IntakeState | None:
    data = request.session.get(SESSION_KEY)
    return IntakeState(data.get("intent", ""), data.get("answers", {})) if data else None


def forget_visitor(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
    request.session.pop(RESULT_KEY, None)


RESULT_KEY = "runcare.triage"

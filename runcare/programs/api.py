"""Program operations in the JSON API: the same forms and actions as the pages.

Triage is open to visitors without an account (warning signs must not wait for a sign-up); it
stores nothing for them. Everything else needs a member, or an assigned therapist for reads and
overrides, through the access layer.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from runcare.api.auth import SessionAuth, TokenAuth
from runcare.api.schemas import ErrorOut
from runcare.clinical.fact_specs import FactsError
from runcare.clinical.intake.flow import answers_to_facts, next_screen
from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.clinical.triage.engine import triage, triage_to_dict
from runcare.members.access import get_for, get_member_for
from runcare.programs import actions, display, queries, run_display
from runcare.programs.errors import ProgramError
from runcare.programs.forms import DoneForm, OverrideForm, TooPainfulForm
from runcare.programs.models import TriageRecord
from runcare.programs.player import player_context
from runcare.programs.sessions import exercises_due

router = Router(tags=["programs"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class OptionalAuth:
    """Visitors may triage; a signed-in member's triage is stored."""

    def __call__(self, request: HttpRequest) -> Any:
        for auth in (TokenAuth(), SessionAuth()):
            user = auth(request)
            if user:
                return user
        return {"anonymous": True}


class AnswersIn(Schema):
    answers: dict[str, Any]
    intent: str | None = None


class TriageOut(Schema):
    id: int | None
    triage: str
    condition: str
    fired_rules: list[dict[str, Any]]
    how_soon: str
    advice: str
    not_answered: list[str]
    ruleset_version: str
    plan_id: int | None


class NextScreenOut(Schema):
    questionnaire_version: str
    next_screen: str | None


class PlanOut(Schema):
    id: int
    member_id: int
    stage: str
    active: bool
    paused: bool
    pause_reason: str
    plan: dict[str, Any]
    decisions: list[dict[str, Any]]
    created_at: datetime


class ChangeOut(Schema):
    id: int
    kind: str
    target: str
    from_value: str
    to_value: str
    rule_id: str
    inputs: dict[str, Any]
    evidence: list[str]
    reason: str
    at: datetime


class SessionOut(Schema):
    id: int
    plan_id: int
    day: date
    exercise_ids: list[str]
    results: dict[str, Any]
    completed_at: datetime | None
    offer: str | None


class RunLevelOut(Schema):
    key: str
    title: str
    summary: str
    total_min: int
    steps: list[str]


class RunSlotOut(Schema):
    day: date
    status: str
    level: str
    activity_id: int | None = None
    distance_m: float | None = None
    duration_s: float | None = None
    pain_during: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None
    decision: dict[str, Any] | None = None
    swap: dict[str, Any] | None = None


class RunsOut(Schema):
    allowed: bool
    summary: str
    level: RunLevelOut | None
    slots: list[RunSlotOut]
    unscheduled_activity_ids: list[int]


class DoneIn(Schema):
    exercise_id: str
    sets_done: int
    side: str = ""


class PainfulIn(Schema):
    exercise_id: str
    pain: int
    side: str = ""


class OverrideIn(Schema):
    stage: str = ""
    exercise_id: str = ""
    sets: int | None = None
    reps: int | None = None
    hold_s: int | None = None
    reason: str


def _invalid(errors: dict[str, list[str]]) -> NinjaValidationError:
    return NinjaValidationError([{"loc": [k], "msg": m} for k, ms in errors.items() for m in ms])


def _checked(form: forms.Form) -> dict[str, Any]:
    if not form.is_valid():
        raise _invalid({k: [str(m) for m in v] for k, v in form.errors.items()})
    return form.cleaned_data


def _facts(answers: dict[str, Any]) -> Any:
    try:
        return answers_to_facts(answers)
    except FactsError as error:
        raise _invalid({error.field: [error.message]}) from None


@router.post("/intake/answers", response={200: NextScreenOut, **ERRORS})
def save_answers(request: HttpRequest, payload: AnswersIn) -> NextScreenOut:
    """Keep a member's partial answers; returns the next screen to ask."""
    _facts(payload.answers)
    member = request.auth  # type: ignore[attr-defined]
    if not getattr(member, "is_member", False):
        raise HttpError(403, "only members answer the intake")
    draft = actions.record_intake_answers(
        member=member, answers=payload.answers, intent=payload.intent, by=member
    )
    screen = next_screen(draft.answers)
    return NextScreenOut(
        questionnaire_version=load_questionnaire().version,
        next_screen=screen.id if screen else None,
    )


@router.post("/triage", response={200: TriageOut, **ERRORS}, auth=OptionalAuth())
def run_triage(request: HttpRequest, payload: AnswersIn) -> TriageOut:
    facts = _facts(payload.answers)
    user = request.auth  # type: ignore[attr-defined]
    if isinstance(user, dict) or not getattr(user, "is_member", False):
        return TriageOut(id=None, plan_id=None, **_triage_fields(triage_to_dict(triage(facts))))
    outcome = actions.complete_triage(member=user, facts=facts, by=user, answers=payload.answers)
    plan_id = outcome.plan.pk if outcome.plan else None
    return TriageOut(id=outcome.record.pk, plan_id=plan_id, **_triage_fields(outcome.record.result))


def _triage_fields(result: dict[str, Any]) -> dict[str, Any]:
    keys = ("triage", "condition", "fired_rules", "how_soon", "advice", "not_answered")
    return {**{k: result[k] for k in keys}, "ruleset_version": result["ruleset_version"]}


@router.get("/triage/{record_id}", response={200: TriageOut, **ERRORS})
def triage_detail(request: HttpRequest, record_id: int) -> TriageOut:
    record = get_for(request.auth, TriageRecord.objects.all(), record_id)  # type: ignore[attr-defined]
    plan = record.plans.filter(active=True).first()
    return TriageOut(
        id=record.pk, plan_id=plan.pk if plan else None, **_triage_fields(record.result)
    )


def _plan_of(request: HttpRequest, member_id: int) -> Any:
    member = get_member_for(request.auth, member_id)  # type: ignore[attr-defined]
    plan = queries.active_plan(request.auth, member)  # type: ignore[attr-defined]
    if plan is None:
        raise HttpError(404, "no active plan")
    return plan


def _plan_out(plan: Any) -> PlanOut:
    return PlanOut(
        id=plan.pk, member_id=plan.member_id, stage=plan.stage, active=plan.active,
        paused=plan.is_paused, pause_reason=plan.pause_reason, plan=plan.plan,
        decisions=plan.decisions, created_at=plan.created_at,
    )  # fmt: skip


@router.get("/members/{member_id}/plan", response={200: PlanOut, **ERRORS})
def member_plan(request: HttpRequest, member_id: int) -> PlanOut:
    return _plan_out(_plan_of(request, member_id))


@router.get("/members/{member_id}/plan/changes", response={200: list[ChangeOut], **ERRORS})
def plan_changes(request: HttpRequest, member_id: int) -> list[ChangeOut]:
    plan = _plan_of(request, member_id)
    return [ChangeOut.from_orm(c) for c in queries.plan_history(request.auth, plan)]  # type: ignore[attr-defined]


@router.post("/members/{member_id}/plan/override", response={200: list[ChangeOut], **ERRORS})
def override(request: HttpRequest, member_id: int, payload: OverrideIn) -> list[ChangeOut]:
    plan = _plan_of(request, member_id)
    if not getattr(request.auth, "is_therapist", False):  # type: ignore[attr-defined]
        raise HttpError(403, "only the member's therapist can override the plan")
    form = OverrideForm(payload.dict(), exercises=display.exercise_choices(plan.plan))
    data = _checked(form)
    try:
        changes = actions.override_plan(
            plan=plan,
            changes=form.changes(),
            reason=data["reason"],
            by=request.auth,  # type: ignore[attr-defined]
        )
    except ProgramError as error:
        raise _invalid({error.field: [error.message]}) from None
    return [ChangeOut.from_orm(c) for c in changes]


def _slot_out(slot: Any) -> RunSlotOut:
    run = slot.run
    fields = ("activity_id", "distance_m", "duration_s", "pain_during", "pain_after",
              "pain_next_morning")  # fmt: skip
    return RunSlotOut(
        day=slot.day, status=slot.status, level=slot.planned.level.title,
        decision=slot.decision, swap=slot.planned.swap,
        **({f: getattr(run, f) for f in fields} if run else {}),
    )  # fmt: skip


@router.get("/members/{member_id}/runs", response={200: RunsOut, **ERRORS})
def member_runs(request: HttpRequest, member_id: int) -> RunsOut:
    """Scheduled runs two weeks back and one ahead, matched to recorded runs (± 1 day)."""
    plan = _plan_of(request, member_id)
    running = run_display.running(request.auth, plan, timezone.now().date())  # type: ignore[attr-defined]
    level = running.level
    return RunsOut(
        allowed=bool(plan.plan["run"]["allowed"]), summary=plan.plan["run"]["summary"],
        level=RunLevelOut(key=level.key, title=level.title, summary=level.summary,
                          total_min=level.total_min, steps=level.steps) if level else None,
        slots=[_slot_out(s) for s in running.slots],
        unscheduled_activity_ids=[r.activity_id for r in running.unscheduled],
    )  # fmt: skip


@router.get("/today", response={200: list[dict[str, Any]], **ERRORS})
def today(request: HttpRequest) -> list[dict[str, Any]]:
    plan = queries.active_plan(request.auth, request.auth)  # type: ignore[attr-defined]
    if plan is None:
        raise HttpError(404, "no active plan")
    return exercises_due(plan.plan, timezone.now().date())


def _session_out(session: Any) -> SessionOut:
    offer = player_context(session)["offer"]
    return SessionOut(
        id=session.pk, plan_id=session.plan_id, day=session.day,
        exercise_ids=session.exercise_ids, results=session.results,
        completed_at=session.completed_at, offer=offer.exercise.id if offer else None,
    )  # fmt: skip


def _write(call: Any, **kwargs: Any) -> Any:
    try:
        return call(**kwargs)
    except ProgramError as error:
        raise _invalid({error.field: [error.message]}) from None


@router.post("/sessions", response={200: SessionOut, **ERRORS})
def start_session(request: HttpRequest) -> SessionOut:
    plan = queries.active_plan(request.auth, request.auth)  # type: ignore[attr-defined]
    if plan is None:
        raise HttpError(404, "no active plan")
    try:
        session = actions.start_session(plan=plan, by=request.auth)  # type: ignore[attr-defined]
    except ProgramError as error:
        raise HttpError(409, error.message) from None
    return _session_out(session)


@router.get("/sessions/{session_id}", response={200: SessionOut, **ERRORS})
def session_detail(request: HttpRequest, session_id: int) -> SessionOut:
    return _session_out(queries.session_for(request.auth, session_id))  # type: ignore[attr-defined]


@router.post("/sessions/{session_id}/done", response={200: SessionOut, **ERRORS})
def session_done(request: HttpRequest, session_id: int, payload: DoneIn) -> SessionOut:
    session = queries.session_for(request.auth, session_id)  # type: ignore[attr-defined]
    data = _checked(DoneForm(payload.dict()))
    return _session_out(_write(actions.log_exercise, session=session, by=request.auth, **data))  # type: ignore[attr-defined]


@router.post("/sessions/{session_id}/too-painful", response={200: SessionOut, **ERRORS})
def session_painful(request: HttpRequest, session_id: int, payload: PainfulIn) -> SessionOut:
    session = queries.session_for(request.auth, session_id)  # type: ignore[attr-defined]
    data = _checked(TooPainfulForm(payload.dict()))
    _write(actions.report_too_painful, session=session, by=request.auth, **data)  # type: ignore[attr-defined]
    return _session_out(queries.session_for(request.auth, session_id))  # type: ignore[attr-defined]


@router.post("/sessions/{session_id}/finish", response={200: SessionOut, **ERRORS})
def session_finish(request: HttpRequest, session_id: int) -> SessionOut:
    session = queries.session_for(request.auth, session_id)  # type: ignore[attr-defined]
    return _session_out(actions.finish_session(session=session, by=request.auth))  # type: ignore[attr-defined]

"""Check-ins, questionnaires and self-tests over the API, validated by the page forms."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from runcare.api.schemas import ErrorOut
from runcare.checkins import actions, queries
from runcare.checkins.errors import CheckinError
from runcare.checkins.forms import PROM_FORMS, CheckInForm, SelfTestForm
from runcare.checkins.models import Measure, Timepoint
from runcare.members.access import get_member_for
from runcare.selfcare.form_input import validated

router = Router(tags=["check-ins"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class CheckInIn(Schema):
    """Send a fresh ``idempotency_key`` per check-in and the same one when retrying."""

    idempotency_key: str
    pain_now: int | None = None
    pain_during: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None
    stiffness: int | None = None
    limp: bool = False
    adherence_pct: int | None = None
    signs: list[str] = []
    stage_criteria_met: bool = False


class CheckInOut(Schema):
    id: int
    day: date
    pain_now: int
    pain_during: int
    pain_after: int
    pain_next_morning: int | None
    stiffness: int
    limp: bool
    adherence_pct: int
    signs: list[str]
    stage: str
    rescreen_reasons: list[str]
    decision: dict[str, Any] | None
    created_at: datetime


class PromIn(Schema):
    """LEFS: ``{"q1".."q20": 0-4}``; PSFS: ``{"activity_1": str, "rating_1": 0-10, ...}``;
    VISA-A: ``{"q1".."q6": 0-10, "q7": 0|4|7|10, "pain_with_sport": "yes"|"no", "q8": ...}``."""

    measure: str
    timepoint: str
    answers: dict[str, Any]


class PromOut(Schema):
    id: int
    measure: str
    timepoint: str
    score: float
    created_at: datetime


class SelfTestIn(Schema):
    kind: str | None = None
    left: float | None = None
    right: float | None = None


class SelfTestOut(Schema):
    id: int
    kind: str
    day: date
    left: float
    right: float


def _me(request: HttpRequest) -> Any:
    user = request.auth  # type: ignore[attr-defined]
    return get_member_for(user, user.pk)


def _conflict(error: CheckinError) -> HttpError:
    return HttpError(409, str(error))


def _form_data(payload: CheckInIn) -> dict[str, Any]:
    data = payload.dict()
    data["limp"] = "yes" if payload.limp else "no"
    data["stage_criteria_met"] = payload.stage_criteria_met or None
    return data


@router.post("/checkins", response={200: CheckInOut, 201: CheckInOut, **ERRORS})
def create_checkin(request: HttpRequest, payload: CheckInIn) -> Status:
    """201 when stored, 200 when the key was already used (the first check-in is returned)."""
    form = validated(CheckInForm, _form_data(payload))
    try:
        outcome = actions.record_checkin(
            member=_me(request), data=form.data_for_action(),  # type: ignore[attr-defined]
            idempotency_key=form.cleaned_data["idempotency_key"], by=request.auth,  # type: ignore[attr-defined]
        )  # fmt: skip
    except CheckinError as error:
        raise _conflict(error) from None
    return Status(201 if outcome.created else 200, outcome.checkin)


@router.get("/checkins", response={200: list[CheckInOut], **ERRORS})
def list_checkins(request: HttpRequest, limit: int = 100) -> list[Any]:
    return queries.checkins_of(request.auth, _me(request), limit=max(1, min(limit, 500)))  # type: ignore[attr-defined]


@router.get("/checkins/{checkin_id}", response={200: CheckInOut, **ERRORS})
def get_checkin(request: HttpRequest, checkin_id: int) -> Any:
    return queries.checkin_for(request.auth, checkin_id)  # type: ignore[attr-defined]


@router.post("/proms", response={201: PromOut, **ERRORS})
def submit_prom(request: HttpRequest, payload: PromIn) -> Status:
    if payload.measure not in Measure.values or payload.timepoint not in Timepoint.values:
        raise HttpError(404, "No such questionnaire or timepoint.")
    form = validated(PROM_FORMS[payload.measure], payload.answers)
    try:
        row = actions.submit_prom(
            member=_me(request), measure=payload.measure, timepoint=payload.timepoint,
            answers=form.answers(), by=request.auth,  # type: ignore[attr-defined]
        )  # fmt: skip
    except CheckinError as error:
        raise _conflict(error) from None
    return Status(201, row)


@router.get("/proms", response={200: list[PromOut], **ERRORS})
def list_proms(request: HttpRequest) -> list[Any]:
    return queries.proms_of(request.auth, _me(request))  # type: ignore[attr-defined]


@router.post("/self-tests", response={201: SelfTestOut, **ERRORS})
def create_self_test(request: HttpRequest, payload: SelfTestIn) -> Status:
    form = validated(SelfTestForm, payload.dict())
    try:
        row = actions.record_self_test(member=_me(request), by=request.auth, **form.cleaned_data)  # type: ignore[attr-defined]
    except CheckinError as error:
        raise _conflict(error) from None
    return Status(201, row)


@router.get("/self-tests", response={200: list[SelfTestOut], **ERRORS})
def list_self_tests(request: HttpRequest) -> list[Any]:
    return queries.self_tests_of(request.auth, _me(request))  # type: ignore[attr-defined]

"""Guided sessions: open today's, record each exercise, offer the easier version, finish."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from runcare.accounts.models import User
from runcare.clinical.exercises.library import load_library
from runcare.programs.errors import ProgramError
from runcare.programs.models import Plan, SessionLog
from runcare.programs.sessions import exercises_due

RESULT_STATUSES = ("done", "too_painful", "skipped")
SIDES = ("left", "right", "both", "")
MAX_SETS = 20


def _check_active(plan: Plan) -> None:
    if not plan.active or plan.is_paused:
        raise ProgramError("This program is paused; answer the safety questions again first.")


@transaction.atomic
def start_session(*, plan: Plan, by: User, day: date | None = None) -> SessionLog:
    """Open today's session with the exercises due today, or return the one already open."""
    _check_active(plan)
    day = day or timezone.now().date()
    open_session = SessionLog.objects.filter(plan=plan, day=day, completed_at=None).first()
    if open_session is not None:
        return open_session
    ids = [item["exercise_id"] for item in exercises_due(plan.plan, day)]
    if not ids:
        raise ProgramError("Nothing is due today: it is a rest day.")
    return SessionLog.objects.create(member_id=plan.member_id, plan=plan, day=day, exercise_ids=ids)


def _check_exercise(session: SessionLog, exercise_id: str) -> None:
    if exercise_id not in session.exercise_ids:
        raise ProgramError("That exercise is not part of this session.", "exercise_id")
    if session.completed_at is not None:
        raise ProgramError("This session is already finished.")


def _check_side(side: str) -> None:
    if side not in SIDES:
        raise ProgramError("Side must be left, right or both.", "side")


@transaction.atomic
def log_exercise(
    *, session: SessionLog, exercise_id: str, sets_done: int, side: str, by: User
) -> SessionLog:
    session = SessionLog.objects.select_for_update().get(pk=session.pk)
    _check_exercise(session, exercise_id)
    _check_side(side)
    if not 0 <= sets_done <= MAX_SETS:
        raise ProgramError(f"Sets must be between 0 and {MAX_SETS}.", "sets_done")
    session.results[exercise_id] = {
        "status": "done", "sets_done": sets_done, "side": side, "pain": None, "swapped_for": None,
    }  # fmt: skip
    session.save(update_fields=["results"])
    return session


@transaction.atomic
def report_too_painful(
    *, session: SessionLog, exercise_id: str, pain: int, side: str, by: User
) -> str | None:
    """Record the pain and return the easier exercise to offer instead (None if there is none)."""
    session = SessionLog.objects.select_for_update().get(pk=session.pk)
    _check_exercise(session, exercise_id)
    _check_side(side)
    if not isinstance(pain, int) or not 0 <= pain <= 10:
        raise ProgramError("Pain must be a whole number from 0 to 10.", "pain")
    session.results[exercise_id] = {
        "status": "too_painful", "sets_done": 0, "side": side, "pain": pain, "swapped_for": None,
    }  # fmt: skip
    session.save(update_fields=["results"])
    regression = load_library()[exercise_id].regression
    return regression if regression and regression not in session.exercise_ids else None


@transaction.atomic
def use_regression(*, session: SessionLog, exercise_id: str, by: User) -> SessionLog:
    """Put the easier exercise right after the painful one in this session."""
    session = SessionLog.objects.select_for_update().get(pk=session.pk)
    _check_exercise(session, exercise_id)
    regression = load_library()[exercise_id].regression
    if not regression or regression in session.exercise_ids:
        raise ProgramError("There is no easier version to switch to.", "exercise_id")
    index = session.exercise_ids.index(exercise_id)
    session.exercise_ids.insert(index + 1, regression)
    session.results[exercise_id]["swapped_for"] = regression
    session.save(update_fields=["exercise_ids", "results"])
    return session


@transaction.atomic
def finish_session(*, session: SessionLog, by: User) -> SessionLog:
    session = SessionLog.objects.select_for_update().get(pk=session.pk)
    if session.completed_at is None:
        for exercise_id in session.exercise_ids:
            session.results.setdefault(
                exercise_id,
                {
                    "status": "skipped",
                    "sets_done": 0,
                    "side": "",
                    "pain": None,
                    "swapped_for": None,
                },
            )
        session.completed_at = timezone.now()
        session.save(update_fields=["results", "completed_at"])
    return session


@transaction.atomic
def log_session(
    *, plan: Plan, results: Mapping[str, Mapping[str, Any]], by: User, day: date | None = None
) -> SessionLog:
    """Record a whole session at once (API clients, imports): same checks as the player."""
    session = start_session(plan=plan, by=by, day=day)
    for exercise_id, result in results.items():
        status = result.get("status")
        side = result.get("side", "")
        if status == "done":
            sets = int(result.get("sets_done", 0))
            log_exercise(session=session, exercise_id=exercise_id, sets_done=sets, side=side, by=by)
        elif status == "too_painful":
            pain = result.get("pain")
            if not isinstance(pain, int):
                raise ProgramError("Pain must be a whole number from 0 to 10.", "pain")
            report_too_painful(
                session=session, exercise_id=exercise_id, pain=pain, side=side, by=by
            )
        elif status != "skipped":
            raise ProgramError("Status must be done, too_painful or skipped.", "status")
    return finish_session(session=session, by=by)

"""What the session player shows: the current exercise, the easier-version offer, the summary."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.utils.translation import gettext_lazy as _

from runcare.clinical.exercises.library import load_library
from runcare.programs.display import Item, item
from runcare.programs.models import SessionLog

SIDES = [("both", _("Both")), ("left", _("Left")), ("right", _("Right"))]


def _prescriptions(session: SessionLog) -> dict[str, dict[str, Any]]:
    in_plan = {i["exercise_id"]: i for b in session.plan.plan["blocks"] for i in b["items"]}
    library = load_library()
    found = {}
    for exercise_id in session.exercise_ids:
        default = {"exercise_id": exercise_id, **asdict(library[exercise_id].dose)}
        found[exercise_id] = in_plan.get(exercise_id, default)
    return found


def _offer(session: SessionLog) -> Item | None:
    """After "too painful", offer the easier version if it is not in the session already."""
    library = load_library()
    for exercise_id in reversed(session.exercise_ids):
        result = session.results.get(exercise_id)
        if result is None:
            continue
        regression = library[exercise_id].regression
        painful = result["status"] == "too_painful" and not result.get("swapped_for")
        if painful and regression and regression not in session.exercise_ids:
            default = {"exercise_id": regression, **asdict(library[regression].dose)}
            return item(default)
        return None
    return None


def player_context(session: SessionLog) -> dict[str, Any]:
    prescriptions = _prescriptions(session)
    pending = [i for i in session.exercise_ids if i not in session.results]
    current = item(prescriptions[pending[0]]) if pending else None
    steps = len(session.exercise_ids)
    summary = [(item(prescriptions[i]), session.results.get(i)) for i in session.exercise_ids]
    return {
        "session": session,
        "sides": SIDES,
        "current": current,
        "offer": _offer(session) if session.completed_at is None else None,
        "painful_id": next(
            (i for i in reversed(session.exercise_ids) if i in session.results), None
        ),
        "step": steps - len(pending) + 1,
        "steps": steps,
        "summary": summary,
        "done_count": sum(1 for r in session.results.values() if r["status"] == "done"),
        "painful_count": session.too_painful_count,
    }

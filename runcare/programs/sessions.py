"""Which of a plan's exercises fall on which day: spread each block evenly over the week.

A block done n times a week lands on n evenly spaced days counted from the plan's start, so a
3x-a-week strength block always leaves a rest day between sessions. Warm-ups belong to run days
and are not part of the daily session.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from runcare.programs.runs import planned_day

DAILY = 7
ALTERNATIVES = frozenset({"cross_training"})


def _per_week(block: dict[str, Any], week: int) -> int:
    per_week = int(block["sessions_per_week"])
    for from_week, sessions in block.get("build_up") or ():
        if week >= from_week:
            per_week = sessions
    return per_week


def _due_offsets(per_week: int) -> frozenset[int]:
    if per_week >= DAILY:
        return frozenset(range(DAILY))
    return (
        frozenset(i * DAILY // per_week for i in range(per_week)) if per_week > 0 else frozenset()
    )


def _choose(block: dict[str, Any], elapsed: int) -> list[dict[str, Any]]:
    """Cross-training items are alternatives: one per session, taking turns."""
    items = block["items"]
    if block["kind"] in ALTERNATIVES and items:
        return [items[(elapsed // DAILY + elapsed % DAILY) % len(items)]]
    return list(items)


def _cross_training(block: dict[str, Any], elapsed: int, running: Any) -> list[dict[str, Any]]:
    """With scheduled runs, cross-training follows the running rhythm (the days between runs,
    and a swapped run at the run's length) instead of its own weekly count."""
    if running.kind != "cross_training":
        return []
    if not running.swap:
        return _choose(block, elapsed)
    chosen = [i for i in block["items"] if i["exercise_id"] == running.swap["exercise_id"]]
    return [{**i, "hold_s": running.cross_minutes * 60} for i in chosen[:1]]


def exercises_due(plan: dict[str, Any], day: date) -> list[dict[str, Any]]:
    """The prescriptions due on ``day``, in block order, each exercise once."""
    start = date.fromisoformat(plan["start"])
    elapsed = (day - start).days
    if elapsed < 0:
        return []
    week, offset = elapsed // DAILY + 1, elapsed % DAILY
    running = planned_day(plan, day)
    due: dict[str, dict[str, Any]] = {}
    for block in plan["blocks"]:
        if block["kind"] in ALTERNATIVES and running is not None:
            items = _cross_training(block, elapsed, running)
        elif offset in _due_offsets(_per_week(block, week)):
            items = _choose(block, elapsed)
        else:
            items = []
        for item in items:
            due.setdefault(item["exercise_id"], {**item, "block": block["kind"]})
    return list(due.values())


def week_of(plan: dict[str, Any], monday: date) -> list[tuple[date, list[dict[str, Any]]]]:
    """Seven days from ``monday`` with the exercises due on each."""
    days = (monday + timedelta(days=n) for n in range(DAILY))
    return [(day, exercises_due(plan, day)) for day in days]

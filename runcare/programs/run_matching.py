"""Match recorded runs to scheduled run days, so the plan knows which runs it asked for.

A watch stores the start in UTC and people run late or early, so a run counts for a scheduled
day when it starts on that day or one day either side (``TOLERANCE_DAYS``). Scheduled days are
filled in date order, each taking a run on its own day first, then the day before, then the day
after; a run is used once. Runs left over are unscheduled: on a day meant for cross-training or
rest, or while the stage allows no running, the member gets a kind note rather than a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

TOLERANCE_DAYS = 1


@dataclass(frozen=True)
class RunSlot:
    """A scheduled run day and what became of it."""

    day: date
    status: str
    """done | due | missed | upcoming | swapped | rest"""
    planned: Any
    run: Any = None
    decision: dict[str, Any] | None = None


def _pick(day: date, free: list[Any]) -> Any:
    for offset in (0, -1, 1):
        wanted = day + timedelta(days=offset)
        for run in free:
            if run.day == wanted and abs(offset) <= TOLERANCE_DAYS:
                return run
    return None


def _status(day: date, today: date) -> str:
    if day > today:
        return "upcoming"
    return "due" if day >= today - timedelta(days=TOLERANCE_DAYS) else "missed"


def match_runs(
    planned: Sequence[Any], runs: Sequence[Any], today: date
) -> tuple[list[RunSlot], list[Any]]:
    """Slots for the planned run days (swapped ones shown as such) and the unmatched runs."""
    free = sorted(runs, key=lambda r: r.start_time_utc)
    slots: list[RunSlot] = []
    for p in planned:
        if p.kind == "cross_training" and p.swap:
            slots.append(RunSlot(p.day, "swapped", p))
        elif p.kind == "run":
            run = _pick(p.day, free)
            if run is not None:
                free.remove(run)
            slots.append(RunSlot(p.day, "done" if run else _status(p.day, today), p, run))
    return slots, free


def with_decisions(slots: list[RunSlot], decisions: dict[int, dict[str, Any]]) -> list[RunSlot]:
    """Attach the stored progression decision of each matched run (by activity id)."""
    return [
        RunSlot(s.day, s.status, s.planned, s.run, decisions.get(s.run.activity_id))
        if s.run is not None else s
        for s in slots
    ]  # fmt: skip

"""Scheduled runs at a walk/run (or graded-return) stage: which days run, which cross-train.

Why a schedule at all: evidence.md §7 has the runner run every other day and cross-train on the
days between, moving one level per run by the pain rules (§5.2, §7.3). The plan JSON keeps only
``run_schedule = {"level", "anchor", "swaps", "rests"}`` (the level on the ladder, the first run
day, runs replaced by cross-training and extra rest days), so any day's session is derived from
it and nothing is stored per day. A plan without that key starts at its run guidance's level
on the plan's start day.

The ladder itself (table §7.1, calf-strain phases §7.2 joining the table at stage 5) is pure
clinical data and is a candidate for ``runcare.clinical.return_to_run``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from runcare.clinical.exercises.library import load_library
from runcare.clinical.return_to_run import (
    CALF_PHASE_HANDOVER_STAGE,
    CALF_PHASES,
    WALK_RUN_TABLE,
)

RUN_EVERY_DAYS = 2
"""Run every other day; the day between is for cross-training (§7, S28, S49)."""
PHASE_MINUTES = 20
"""A graded-return phase has no set length; its cross-training swap lasts about 20 minutes."""


@dataclass(frozen=True)
class RunLevel:
    """One rung: a walk/run stage of §7.1 or a graded-return phase of §7.2."""

    key: str
    title: str
    run_min: float
    walk_min: float
    repeats: int
    total_min: int
    description: str = ""
    then: str = ""

    @property
    def steps(self) -> list[str]:
        """The session as a checklist: each run and walk bout in order."""
        if self.description:
            return [self.description]
        out: list[str] = []
        for n in range(1, self.repeats + 1):
            out.append(f"Run {self.run_min:g} min (round {n} of {self.repeats})")
            if self.walk_min:
                out.append(f"Walk {self.walk_min:g} min")
        return out + ([self.then.capitalize()] if self.then else [])

    @property
    def summary(self) -> str:
        if self.description:
            return self.description
        if not self.walk_min:
            return f"run {self.run_min:g} min without walking"
        text = f"run {self.run_min:g} min, walk {self.walk_min:g} min, {self.repeats} times"
        return f"{text}, {self.then}" if self.then else text


def _table_level(number: int) -> RunLevel:
    s = WALK_RUN_TABLE[number - 1]
    description = f"Run {s.total_min} minutes without walking." if not s.walk_min else ""
    return RunLevel(str(number), f"Walk/run stage {number}", s.run_min, s.walk_min, s.repeats,
                    s.total_min, description, s.note)  # fmt: skip


def ladder(run: dict[str, Any]) -> tuple[RunLevel, ...]:
    """The rungs for this plan: calf-strain phases A-C then table stages 5-10, or stages 1-10."""
    table = tuple(_table_level(s.number) for s in WALK_RUN_TABLE)
    if not run.get("calf_phase"):
        return table
    phases = tuple(
        RunLevel(p.name, f"Phase {p.name}", 0, 0, 1, PHASE_MINUTES,
                 f"{p.description.capitalize()} at {p.effort} effort.")
        for p in CALF_PHASES
    )  # fmt: skip
    return phases + table[CALF_PHASE_HANDOVER_STAGE - 1 :]


def has_schedule(plan: dict[str, Any]) -> bool:
    run = plan.get("run") or {}
    return bool(run.get("allowed") and (run.get("walk_run_stage") or run.get("calf_phase")))


def start_index(run: dict[str, Any]) -> int:
    keys = [level.key for level in ladder(run)]
    first = run.get("calf_phase") or str(run.get("walk_run_stage") or 1)
    return keys.index(first) if first in keys else 0


def state(plan: dict[str, Any]) -> dict[str, Any]:
    """The stored schedule, or the one a plan at its run guidance's level starts with."""
    stored = plan.get("run_schedule") or {}
    return {
        "level": stored.get("level", start_index(plan.get("run") or {})),
        "anchor": stored.get("anchor", plan["start"]),
        "swaps": dict(stored.get("swaps") or {}),
        "rests": dict(stored.get("rests") or {}),
    }


def with_fresh_schedule(plan: dict[str, Any], day: date) -> dict[str, Any]:
    """``plan`` with a new running rhythm from ``day`` at its stage's first level (or none)."""
    out = {k: v for k, v in plan.items() if k != "run_schedule"}
    if has_schedule(out):
        level = start_index(out["run"])
        out["run_schedule"] = {"level": level, "anchor": day.isoformat(), "swaps": {}, "rests": {}}
    return out


def current_level(plan: dict[str, Any]) -> RunLevel:
    rungs = ladder(plan["run"])
    return rungs[max(0, min(state(plan)["level"], len(rungs) - 1))]


@dataclass(frozen=True)
class PlannedDay:
    """One day of the running rhythm: a run, cross-training, or an added rest day."""

    day: date
    kind: str
    level: RunLevel
    swap: dict[str, Any] | None = None
    rest: dict[str, Any] | None = None

    @property
    def is_run(self) -> bool:
        return self.kind == "run"

    @property
    def swap_name(self) -> str:
        """The cross-training a swapped run became ("Rest" when the plan has none)."""
        if not self.swap:
            return ""
        exercise_id = self.swap.get("exercise_id")
        return load_library()[exercise_id].name if exercise_id else "Rest"

    @property
    def cross_minutes(self) -> int:
        """A swapped run keeps the run's length; an ordinary off day takes the library dose."""
        return int(self.swap["minutes"]) if self.swap else 0


def is_run_day(anchor: date, day: date) -> bool:
    return day >= anchor and (day - anchor).days % RUN_EVERY_DAYS == 0


def planned_day(plan: dict[str, Any], day: date) -> PlannedDay | None:
    """``day`` in the running rhythm; None when the plan has no running schedule then."""
    if not has_schedule(plan):
        return None
    st = state(plan)
    anchor = date.fromisoformat(st["anchor"])
    if day < anchor:
        return None
    key, level = day.isoformat(), current_level(plan)
    if key in st["rests"]:
        return PlannedDay(day, "rest", level, rest=st["rests"][key])
    if is_run_day(anchor, day):
        swap = st["swaps"].get(key)
        return PlannedDay(day, "cross_training" if swap else "run", level, swap=swap)
    return PlannedDay(day, "cross_training", level)


def planned_days(plan: dict[str, Any], first: date, last: date) -> list[PlannedDay]:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [p for p in (planned_day(plan, d) for d in days) if p is not None]


def scheduled_run_days(plan: dict[str, Any], first: date, last: date) -> list[date]:
    """Every run day of the rhythm from ``first`` to ``last``, swapped ones included."""
    if not has_schedule(plan):
        return []
    anchor = date.fromisoformat(state(plan)["anchor"])
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if is_run_day(anchor, d)]


def next_run_day(plan: dict[str, Any], after: date) -> date | None:
    """The first day after ``after`` that is still a run (not swapped, not a rest)."""
    for p in planned_days(plan, after + timedelta(days=1), after + timedelta(days=14)):
        if p.is_run:
            return p.day
    return None


def next_off_day(plan: dict[str, Any], after: date) -> date | None:
    for p in planned_days(plan, after + timedelta(days=1), after + timedelta(days=14)):
        if p.kind == "cross_training" and not p.swap:
            return p.day
    return None


CROSS_TRAINING_PREFERENCE = ("pool_running", "elliptical", "stationary_bike", "swimming")
"""Closest to running's movement and effort first: pool running copies the stride without
impact; the elliptical keeps a running-like action but loads the calf."""


def choose_cross_training(
    plan: dict[str, Any], calf_load: frozenset[str], avoid_calf_load: bool
) -> str | None:
    """Among the plan's own cross-training items (already checked against the condition),
    the one closest to running; ``calf_load`` names the items that load the calf."""
    items = [i["exercise_id"] for b in plan["blocks"] if b["kind"] == "cross_training"
             for i in b["items"]]  # fmt: skip
    allowed = [i for i in items if not (avoid_calf_load and i in calf_load)]
    order = {exercise_id: n for n, exercise_id in enumerate(CROSS_TRAINING_PREFERENCE)}
    ranked = sorted(allowed, key=lambda i: order.get(i, len(order)))
    return ranked[0] if ranked else None

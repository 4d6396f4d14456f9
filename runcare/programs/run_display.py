"""What the program and today pages show about running: scheduled runs and how they went.

Reads the recorded runs once for the whole window (``runs_for_plan``) and the stored decisions
once, so the page costs the same number of queries however many runs it lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from runcare.activities.queries import runs_for_plan
from runcare.clinical.exercises.library import load_library
from runcare.programs import queries, runs
from runcare.programs.models import Plan
from runcare.programs.run_matching import RunSlot, match_runs, with_decisions

PAST_DAYS = 13
AHEAD_DAYS = 7
"""Two weeks back (about seven runs) and one ahead: enough to see a trend and what is next."""


@dataclass(frozen=True)
class Running:
    level: runs.RunLevel | None
    slots: list[RunSlot]
    unscheduled: list[Any]
    """Runs the plan did not ask for, on days without a scheduled run (or with none allowed)."""


def running(user: Any, plan: Plan, today: date) -> Running:
    first = max(date.fromisoformat(plan.plan["start"]), today - timedelta(days=PAST_DAYS))
    last = today + timedelta(days=AHEAD_DAYS)
    recorded = runs_for_plan(plan.member, first - timedelta(days=1), today)
    if not runs.has_schedule(plan.plan):
        return Running(None, [], recorded)
    planned = runs.planned_days(plan.plan, first, last)
    slots, extra = match_runs(planned, recorded, today)
    slots = with_decisions(slots, queries.run_decisions(user, plan, first, last))
    return Running(runs.current_level(plan.plan), slots, [r for r in extra if r.day >= first])


def warm_up(plan: dict[str, Any]) -> list[str]:
    library = load_library()
    return [library[i["exercise_id"]].name
            for b in plan["blocks"] if b["kind"] == "warm_up" for i in b["items"]]  # fmt: skip

"""Shape plan data for the pages: exercise names and doses, decisions with their sources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from runcare.clinical.exercises.library import Exercise, load_library
from runcare.clinical.plans.model import Stage
from runcare.programs.presenting import Citation, cite

LONG_HOLD_S = 120
"""Holds this long are timed activities (cycling, pool running): shown in minutes."""
BLOCK_TITLES = {
    "mobility": "Gentle movement",
    "isometric": "Holds",
    "strength": "Strength",
    "eccentric": "Heel drops",
    "plyometric": "Hops and skips",
    "stretch": "Stretches",
    "foot_core": "Foot core",
    "cross_training": "Cross-training",
    "warm_up": "Warm-up before runs",
}


@dataclass(frozen=True)
class Item:
    exercise: Exercise
    sets: int
    reps: int
    hold_s: int
    per_side: bool
    load: str
    tempo: str

    @property
    def dose(self) -> str:
        if self.hold_s >= LONG_HOLD_S and self.sets == 1 and self.reps == 1:
            return _("%(m)s minutes") % {"m": self.hold_s // 60}
        text = ngettext("%(n)s set", "%(n)s sets", self.sets) % {"n": self.sets}
        text += " × " + ngettext("%(n)s rep", "%(n)s reps", self.reps) % {"n": self.reps}
        if self.hold_s:
            text += ", " + _("hold %(s)s s") % {"s": self.hold_s}
        if self.per_side:
            text += ", " + _("each side")
        return text


@dataclass(frozen=True)
class DecisionView:
    rule_id: str
    explanation: str
    citations: tuple[Citation, ...]


def item(prescription: dict[str, Any]) -> Item:
    p = prescription
    exercise = load_library()[p["exercise_id"]]
    return Item(exercise, p["sets"], p["reps"], p["hold_s"], p["per_side"], p["load"], p["tempo"])


def blocks(plan: dict[str, Any]) -> list[tuple[str, int, str, list[Item]]]:
    return [
        (BLOCK_TITLES.get(b["kind"], b["kind"]), b["sessions_per_week"], b["note"],
         [item(i) for i in b["items"]])
        for b in plan["blocks"]
    ]  # fmt: skip


def decisions(raw: list[dict[str, Any]]) -> list[DecisionView]:
    return [DecisionView(d["rule_id"], d["explanation"], cite(d["evidence"])) for d in raw]


def stage_steps(current: str) -> list[tuple[str, str, bool]]:
    return [(s.value, s.label, s.value == current) for s in Stage]


def monday_of(day: date) -> date:
    from datetime import timedelta

    return day - timedelta(days=day.weekday())


def exercise_choices(plan: dict[str, Any]) -> list[tuple[str, str]]:
    library = load_library()
    ids = dict.fromkeys(i["exercise_id"] for b in plan["blocks"] for i in b["items"])
    return [(i, library[i].name) for i in ids]

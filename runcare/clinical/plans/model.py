"""The plan records: what to do, how often, and why each choice was made."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from runcare.clinical.conditions import Condition
from runcare.clinical.evidence import check_evidence


class Stage(StrEnum):
    """Criteria-based rehab stages (evidence.md §3.4); criteria, not days, unlock them."""

    P0 = "P0"
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"

    @property
    def label(self) -> str:
        return _LABELS[self]

    def step(self, by: int) -> "Stage":
        """The stage ``by`` places later (or earlier), clamped to P0..P4."""
        order = list(Stage)
        return order[max(0, min(len(order) - 1, order.index(self) + by))]


_LABELS = {
    Stage.P0: "protect",
    Stage.P1: "early load",
    Stage.P2: "strength",
    Stage.P3: "run-ready",
    Stage.P4: "speed and return",
}


@dataclass(frozen=True)
class Decision:
    """One automatic choice, readable by the member and checkable by the therapist."""

    rule_id: str
    inputs: dict[str, Any]
    evidence: tuple[str, ...]
    explanation: str

    def __post_init__(self) -> None:
        check_evidence(self.evidence)


@dataclass(frozen=True)
class Prescription:
    exercise_id: str
    sets: int
    reps: int
    hold_s: int
    per_side: bool
    load: str
    tempo: str


@dataclass(frozen=True)
class Block:
    """A group of exercises done together, with its weekly rhythm."""

    kind: str
    items: tuple[Prescription, ...]
    sessions_per_week: int
    note: str
    build_up: tuple[tuple[int, int], ...] = ()
    """(from week, sessions per week) steps, e.g. stretches 2x/week building to daily."""


@dataclass(frozen=True)
class RunGuidance:
    allowed: bool
    summary: str
    walk_run_stage: int | None = None
    calf_phase: str | None = None


@dataclass(frozen=True)
class Override:
    """A therapist's change to an automatic choice; it is recorded, never silent."""

    therapist: str
    made_on: date
    target: str
    value: Any
    reason: str


@dataclass(frozen=True)
class Plan:
    condition: Condition
    template: str
    stage: Stage
    start: date
    review_on: date
    blocks: tuple[Block, ...]
    run: RunGuidance
    decisions: tuple[Decision, ...]
    restricted: bool
    ruleset_version: str
    library_version: str
    overrides: tuple[Override, ...] = field(default=())

    def exercise_ids(self) -> frozenset[str]:
        return frozenset(item.exercise_id for block in self.blocks for item in block.items)

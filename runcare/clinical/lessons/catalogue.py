"""Load lessons and pick the ones that fit a member's facts and triage."""

from dataclasses import dataclass
from functools import cache
from typing import Any

from runcare.clinical.conditions import Condition
from runcare.clinical.content import load_content
from runcare.clinical.evidence import check_evidence
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.engine import TriageResult

TAGS = frozenset({"all", "load_spike", "older_runner", "see_doctor"})
OLDER_AGE = 40
"""Calf strains become more common with age (S24); the source article cites over-40s (S1)."""
SPIKE_PCT = 10
"""Longest-run spike above 10 % (S52)."""


@dataclass(frozen=True)
class Claim:
    text: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    topic: str
    audience: frozenset[str]
    claims: tuple[Claim, ...]


def _lesson(raw: dict[str, Any]) -> Lesson:
    audience = frozenset(raw["audience"])
    unknown = {a for a in audience if a not in TAGS and a not in Condition._value2member_map_}
    if unknown:
        raise ValueError(f"{raw['id']}: unknown audience {sorted(unknown)}")
    claims = tuple(Claim(c["text"], check_evidence(tuple(c["evidence"]))) for c in raw["claims"])
    return Lesson(raw["id"], raw["title"], raw["topic"], audience, claims)


@cache
def load_lessons() -> tuple[Lesson, ...]:
    return tuple(_lesson(raw) for raw in load_content("lessons.toml")["lesson"])


def member_tags(facts: Facts, result: TriageResult) -> frozenset[str]:
    tags = {"all", result.condition.value}
    if facts.age is not None and facts.age >= OLDER_AGE:
        tags.add("older_runner")
    if facts.single_run_spike_pct is not None and facts.single_run_spike_pct > SPIKE_PCT:
        tags.add("load_spike")
    if result.level is TriageLevel.SEE_DOCTOR:
        tags.add("see_doctor")
    return frozenset(tags)


def select_lessons(facts: Facts, result: TriageResult) -> tuple[Lesson, ...]:
    """Lessons written for this member first, then the general ones; nothing during urgent care."""
    if result.level > TriageLevel.SEE_DOCTOR:
        return tuple(x for x in load_lessons() if x.id == "when_to_see_a_doctor")
    tags = member_tags(facts, result)
    chosen = [x for x in load_lessons() if x.audience & tags]
    return tuple(sorted(chosen, key=lambda x: "all" in x.audience))

"""Which lessons to show: the clinical core's choice for a triaged member, else all of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404

from runcare.clinical.lessons.catalogue import Lesson, load_lessons, select_lessons
from runcare.selfcare.clinical_context import clinical_context

TOPIC_ORDER = ("causes", "treatment", "prevention", "when_to_see_a_doctor")


@dataclass(frozen=True)
class Shelf:
    for_you: tuple[Lesson, ...]
    others: tuple[Lesson, ...]


def _by_topic(lessons: tuple[Lesson, ...]) -> tuple[Lesson, ...]:
    rank = {topic: i for i, topic in enumerate(TOPIC_ORDER)}
    return tuple(sorted(lessons, key=lambda x: rank.get(x.topic, len(rank))))


def shelf_for(user: Any) -> Shelf:
    """Personal lessons first for a member with a triage result; everyone can read the rest."""
    everything = load_lessons()
    ctx = clinical_context(user) if getattr(user, "is_member", False) else None
    if ctx is None or ctx.result is None:
        return Shelf((), _by_topic(everything))
    chosen = select_lessons(ctx.facts, ctx.result)
    ids = {x.id for x in chosen}
    return Shelf(chosen, _by_topic(tuple(x for x in everything if x.id not in ids)))


def lesson(lesson_id: str) -> Lesson:
    for item in load_lessons():
        if item.id == lesson_id:
            return item
    raise Http404("no such lesson")


def lesson_sources(item: Lesson) -> tuple[str, ...]:
    """Every evidence id the lesson's claims cite, in first-cited order."""
    seen: dict[str, None] = {}
    for claim in item.claims:
        seen.update(dict.fromkeys(claim.evidence))
    return tuple(seen)

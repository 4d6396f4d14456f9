"""Reads of check-ins, questionnaires and self-tests, all through the access layer (audited)."""

from __future__ import annotations

from datetime import date
from typing import Any

from runcare.checkins import schedule
from runcare.checkins.models import CheckIn, PromResponse, SelfTest
from runcare.members.access import get_for, list_for
from runcare.members.models import Episode


def checkins_of(user: Any, member: Any, limit: int | None = None) -> list[CheckIn]:
    return list_for(
        user, CheckIn.objects.filter(member=member).order_by("-day", "-id"), limit=limit
    )


def checkin_for(user: Any, checkin_id: int) -> CheckIn:
    return get_for(user, CheckIn.objects.all(), checkin_id)


def proms_of(user: Any, member: Any) -> list[PromResponse]:
    return list_for(user, PromResponse.objects.filter(member=member).order_by("created_at", "id"))


def self_tests_of(user: Any, member: Any) -> list[SelfTest]:
    return list_for(user, SelfTest.objects.filter(member=member).order_by("day", "id"))


def open_episode(user: Any, member: Any) -> Episode | None:
    rows = list_for(user, Episode.objects.filter(member=member, closed_at__isnull=True), limit=1)
    return rows[0] if rows else None


def due_proms(user: Any, member: Any, today: date) -> list[schedule.DueProm]:
    """Questionnaires open for the member's current episode (for the home page reminder)."""
    return due_proms_of_episode(user, open_episode(user, member), today)


def due_proms_of_episode(user: Any, episode: Episode | None, today: date) -> list[schedule.DueProm]:
    """The same for an open episode the caller has already read through the access layer, so
    that a page does not read (and audit) it twice."""
    if episode is None:
        return []
    done = list_for(user, PromResponse.objects.filter(episode=episode))
    return schedule.due_proms(episode, [(p.measure, p.timepoint) for p in done], today)

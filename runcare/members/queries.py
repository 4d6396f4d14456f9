"""Reads of member data for pages and the API, all built on ``access``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max, Q

from runcare.accounts.models import User
from runcare.audit.actions import record_reads
from runcare.audit.models import AuditAction
from runcare.members.access import get_for, list_for, visible_members
from runcare.members.models import Episode


def episodes_of(user: Any, member: User) -> list[Episode]:
    return list_for(user, Episode.objects.filter(member=member))


def episode_for(user: Any, episode_id: int) -> Episode:
    return get_for(user, Episode.objects.all(), episode_id)


def current_episode(user: Any, member: User) -> Episode | None:
    rows = list_for(user, Episode.objects.filter(member=member, closed_at__isnull=True), limit=1)
    return rows[0] if rows else None


@dataclass(frozen=True)
class CaseloadRow:
    member: User
    open_episodes: int
    last_episode_at: Any


def caseload(user: Any) -> list[CaseloadRow]:
    """The therapist's members with a summary per member, in one query (no query per row)."""
    members = (
        visible_members(user)
        .annotate(
            open_episodes=Count("episodes", filter=Q(episodes__closed_at__isnull=True)),
            last_episode_at=Max("episodes__opened_at"),
        )
        .order_by("-open_episodes", "first_name", "email")
    )
    rows = [CaseloadRow(m, m.open_episodes, m.last_episode_at) for m in members]  # type: ignore[attr-defined]
    record_reads(
        actor=user,
        object_type="caseload",
        action=AuditAction.LIST,
        rows=[(r.member.pk, r.member.pk) for r in rows],
    )
    return rows

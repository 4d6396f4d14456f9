"""Demo check-ins for the demo member: six weeks of improving pain, start and week-4
questionnaires, and a few self-tests. Idempotent (does nothing once the member has check-ins)
and written in a handful of statements."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from runcare.checkins.models import CheckIn, PromResponse, SelfTest
from runcare.clinical import proms
from runcare.members.models import Episode

WEEKS = 6


def load_demo_checkins(member: Any) -> int:
    """Returns the number of check-ins added (0 when the demo data is already there)."""
    episode = Episode.objects.filter(member=member, closed_at__isnull=True).first()
    if episode is None or CheckIn.objects.filter(member=member).exists():
        return 0
    today = timezone.now().date()
    first = today - timedelta(weeks=WEEKS)
    if episode.opened_at.date() > first:
        episode.opened_at = timezone.now() - timedelta(weeks=WEEKS, days=1)
        episode.save(update_fields=["opened_at"])
    days = [first + timedelta(days=n) for n in range(0, WEEKS * 7, 2)]
    rows = []
    for n, day in enumerate(days):
        pain = max(1, 5 - n * 4 // len(days))
        rows.append(CheckIn(
            member=member, episode=episode, day=day, pain_now=pain, pain_during=pain,
            pain_after=max(0, pain - 1), pain_next_morning=max(0, pain - 1), stiffness=pain,
            adherence_pct=(75, 100, 100, 50)[n % 4], signs=[], idempotency_key=f"demo-{day:%Y%m%d}",
        ))  # fmt: skip
    CheckIn.objects.bulk_create(rows)
    PromResponse.objects.bulk_create(_proms(member, episode))
    SelfTest.objects.bulk_create(_self_tests(member, episode, first))
    return len(rows)


def _lefs(member: Any, episode: Any, timepoint: str, items: list[int]) -> PromResponse:
    answers = {f"q{i}": v for i, v in enumerate(items, start=1)}
    return PromResponse(
        member=member, episode=episode, measure="lefs", timepoint=timepoint,
        answers=answers, score=proms.lefs(list(items)),
    )  # fmt: skip


def _psfs(member: Any, episode: Any, timepoint: str, rating: int) -> PromResponse:
    answers = {"activities": [{"activity": "Running 5 km", "rating": rating}]}
    return PromResponse(
        member=member, episode=episode, measure="psfs", timepoint=timepoint,
        answers=answers, score=proms.psfs([rating]),
    )  # fmt: skip


def _proms(member: Any, episode: Any) -> list[PromResponse]:
    return [
        _lefs(member, episode, "baseline", [2] * 20),
        _lefs(member, episode, "week_4", [3] * 18 + [2, 2]),
        _psfs(member, episode, "baseline", 3),
        _psfs(member, episode, "week_4", 6),
    ]


def _self_tests(member: Any, episode: Any, first: Any) -> list[SelfTest]:
    def test(kind: str, week: int, left: float, right: float) -> SelfTest:
        day = first + timedelta(weeks=week)
        return SelfTest(member=member, episode=episode, kind=kind, day=day, left=left, right=right)

    raises = [test("heel_raises", w, 12 + 2 * w, 26) for w in (0, 2, 4, 6)]
    ktw = [test("knee_to_wall", w, 8 + w * 0.5, 11.5) for w in (0, 3, 6)]
    return raises + ktw

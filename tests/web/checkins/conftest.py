"""Check-in fixtures: a member triaged onto a self-care plan, and check-in answers."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.clinical.cases import BENIGN

_keys = itertools.count(1)


def answers(**over: Any) -> dict[str, Any]:
    data = {
        "pain_now": 2,
        "pain_during": 2,
        "pain_after": 2,
        "pain_next_morning": None,
        "stiffness": 2,
        "limp": False,
        "adherence_pct": 100,
        "signs": [],
        "stage_criteria_met": False,
    }
    return {**data, **over}


def form_answers(**over: Any) -> dict[str, Any]:
    """The same answers as the page posts them."""
    data = answers(**over)
    post = {k: v for k, v in data.items() if v is not None and k not in ("signs", "limp")}
    post["limp"] = "yes" if data["limp"] else "no"
    post["signs"] = data["signs"]
    if not data["stage_criteria_met"]:
        post.pop("stage_criteria_met")
    post["idempotency_key"] = f"key-{next(_keys):08d}"
    return post


def make_plan(member: Any) -> Any:
    """Triage ``member`` as a benign self-care case; their new active plan."""
    from runcare.clinical.fact_parsing import parse_facts
    from runcare.programs.actions import complete_triage

    outcome = complete_triage(member=member, facts=parse_facts(BENIGN), by=member)
    assert outcome.plan is not None
    return outcome.plan


def make_checkin(member: Any, day: Any = None, key: str | None = None, **over: Any) -> Any:
    from runcare.checkins.actions import record_checkin

    return record_checkin(
        member=member,
        data=answers(day=day, **over) if day else answers(**over),
        idempotency_key=key or f"key-{next(_keys):08d}",
        by=member,
        today=day,
    )


@pytest.fixture
def planned(db: Any):
    """A member with an active plan from a benign (self-care) triage."""
    return make_plan


@pytest.fixture
def checkin(db: Any):
    return make_checkin

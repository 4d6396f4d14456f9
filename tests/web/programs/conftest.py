"""Program fixtures: a member triaged to a self-care plan, and fact sets for each level."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from django.utils import timezone

from tests.clinical.cases import BENIGN, with_

EMERGENCY = with_(chest_pain_or_breathlessness=True)
URGENT = with_(heard_pop=True, thompson_test_positive_or_unable_to_tiptoe=True)
SEE_DOCTOR = with_(night_pain=True, focal_bone_tenderness=True)


def facts(data: dict[str, Any]):
    from runcare.clinical.fact_parsing import parse_facts

    return parse_facts(data)


@pytest.fixture
def triaged(db: Any):
    from runcare.programs.actions import complete_triage

    def make(member, data: dict[str, Any] = BENIGN):
        return complete_triage(member=member, facts=facts(data), by=member)

    return make


@pytest.fixture
def plan_of(triaged):
    def make(member):
        outcome = triaged(member)
        assert outcome.plan is not None
        return outcome.plan

    return make


TODAY = timezone.now().date()


def walk_run_plan(member: Any, anchor: date, level: int = 0) -> Any:
    """A benign (overuse) plan moved to P3, its first run on ``anchor``."""
    from runcare.programs.actions import change_stage
    from tests.web.checkins.conftest import make_plan

    plan = make_plan(member)
    change_stage(plan=plan, new_stage="P3", rule_id="T-OVERRIDE", inputs={}, evidence=("CK",),
                 reason="test", by=None)  # fmt: skip
    plan.refresh_from_db()
    plan.plan["run_schedule"] = {**plan.plan["run_schedule"], "anchor": anchor.isoformat(),
                                 "level": level}  # fmt: skip
    plan.plan["start"] = min(anchor, TODAY).isoformat()
    plan.save(update_fields=["plan"])
    return plan


def a_run(member: Any, day: date, km: float = 3.0, minutes: int = 25) -> Any:
    from runcare.activities.models import Activity

    start = datetime.combine(day, time(7, 0), tzinfo=UTC)
    return Activity.objects.create(
        member=member, content_hash=f"{day}-{km}", source_kind="fit", file_format="fit",
        sport="running", start_time_utc=start, distance_m=km * 1000, timer_s=minutes * 60,
    )  # fmt: skip

"""A run more than twice the month's longest swaps the next scheduled run for cross-training
(L1-SPIKE), once per spiking run; an ordinary run changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from runcare.programs import runs
from runcare.programs.models import Plan, PlanChange
from runcare.training.fitwriter import SyntheticRun
from tests.web.programs.conftest import TODAY, walk_run_plan

pytestmark = pytest.mark.django_db


def _spike_history(anchor: date, last_km: float) -> list[Any]:
    base = datetime.combine(anchor - timedelta(days=20), time(7), tzinfo=UTC)
    out = [SyntheticRun(base + timedelta(days=3 * i), 3000, 1100, interval_s=10) for i in range(6)]
    return [*out, SyntheticRun(base + timedelta(days=20), last_km * 1000, 2400, interval_s=10)]


def test_a_doubled_run_swaps_the_next_run_for_cross_training_once(
    member, import_file, export
) -> None:
    plan = walk_run_plan(member, TODAY)
    import_file(member, export(_spike_history(TODAY, 6.5)), "e.zip")
    swapped = runs.planned_day(Plan.objects.get(pk=plan.pk).plan, TODAY + timedelta(days=2))
    assert swapped.kind == "cross_training" and swapped.swap["rule_id"] == "L1-SPIKE"
    change = PlanChange.objects.get(plan=plan, rule_id="L1-SPIKE")
    assert change.evidence == ["S52"] and change.inputs["level"] == "block"
    assert "longer than your longest run" in change.reason and "Pool running" in change.to_value
    import_file(member, export(_spike_history(TODAY, 6.5)), "again.zip")
    assert PlanChange.objects.filter(plan=plan, rule_id="L1-SPIKE").count() == 1


def test_an_ordinary_run_swaps_nothing(member, import_file, export) -> None:
    plan = walk_run_plan(member, TODAY)
    import_file(member, export(_spike_history(TODAY, 3.1)), "e.zip")
    assert not PlanChange.objects.filter(plan=plan, rule_id="L1-SPIKE").exists()

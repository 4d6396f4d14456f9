"""Stage changes rebuild the plan through the clinical core with the same baseline measures."""

from __future__ import annotations

import pytest

from runcare.programs import actions
from tests.clinical.cases import BENIGN, with_
from tests.web.programs.conftest import facts

pytestmark = pytest.mark.django_db

TIGHT_ANKLE = {"knee_to_wall_cm_left": 6, "knee_to_wall_cm_right": 11}


def _exercise_ids(plan) -> set[str]:
    return {item["exercise_id"] for block in plan.plan["blocks"] for item in block["items"]}


def _move(plan, stage: str) -> None:
    actions.change_stage(plan=plan, new_stage=stage, rule_id="T-OVERRIDE", inputs={},
                         evidence=("CK",), reason="test move", by=None)  # fmt: skip
    plan.refresh_from_db()


def test_restricted_knee_to_wall_at_intake_adds_mobility_and_survives_a_stage_change(member):
    outcome = actions.complete_triage(member=member, facts=facts(BENIGN), by=member,
                                      answers={**BENIGN, **TIGHT_ANKLE})  # fmt: skip
    plan = outcome.plan
    assert plan.plan["baseline"] == TIGHT_ANKLE
    assert "P-KTW-1" in {d["rule_id"] for d in plan.decisions}
    _move(plan, "P3")
    assert plan.stage == "P3"
    assert "knee_to_wall_mobility" in _exercise_ids(plan)


def test_without_measures_no_mobility_block_is_added(member):
    plan = actions.complete_triage(member=member, facts=facts(BENIGN), by=member).plan
    assert "P-KTW-1" not in {d["rule_id"] for d in plan.decisions}


def test_a_shin_splints_plan_can_change_stage_and_keeps_its_running_limits(member):
    shins = with_(location="posteromedial_tibia")
    plan = actions.complete_triage(member=member, facts=facts(shins), by=member).plan
    assert plan.plan["template"] == "medial_tibial_stress_syndrome"
    _move(plan, "P4")
    assert plan.stage == "P4"
    assert not {"pogo_hops", "skipping"} & _exercise_ids(plan)
    assert plan.plan["run"]["allowed"] is True
    assert "flat, even ground" in plan.plan["run"]["summary"]

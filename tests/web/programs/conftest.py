"""Program fixtures: a member triaged to a self-care plan, and fact sets for each level."""

from __future__ import annotations

from typing import Any

import pytest

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

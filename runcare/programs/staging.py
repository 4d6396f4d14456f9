"""Rebuild a stored plan's exercises for another stage with the clinical core's ``build_plan``.

A stage change must change what the member does, not just a label: the plan is built again
from the facts and baseline measures it was first built on, placed at the new stage, so the
template, safety filters, dosing, knee-to-wall rule and running limits all still apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.plans.export import plan_to_dict
from runcare.clinical.plans.model import Stage
from runcare.clinical.triage.engine import triage


def plan_dict_at_stage(
    facts_data: dict[str, Any],
    stage: Stage,
    today: date,
    baseline: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The exported plan for ``facts_data`` placed at ``stage`` (the caller keeps the original
    decisions; blocks, stage and run guidance come back fresh)."""
    facts = parse_facts({k: v for k, v in facts_data.items() if v is not None})
    plan = build_plan(facts, triage(facts), today, baseline=baseline, at_stage=stage)
    if plan is None:
        raise ValueError("these answers do not allow a program")
    return plan_to_dict(plan)

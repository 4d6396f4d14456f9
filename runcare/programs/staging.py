"""Rebuild a stored plan's exercises for another stage, with the clinical core's own pieces.

A stage change must change what the member does, not just a label: the blocks and the run
guidance are assembled again for the new stage from the facts the plan was built on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from runcare.clinical.exercises.library import load_library
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.plans.blocks import assemble_blocks
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.plans.export import plan_to_dict
from runcare.clinical.plans.model import Stage
from runcare.clinical.plans.safety import protective_decision
from runcare.clinical.plans.templates import (
    CRAMP,
    DOMS,
    OVERUSE,
    PREVENTION,
    SOLEUS,
    STRAIN,
    TENDON,
)
from runcare.clinical.return_to_run import run_guidance
from runcare.clinical.triage.engine import triage

SEE_DOCTOR_CAP = Stage.P1
"""A see-doctor plan stays gentle until an in-person assessment (P-SEE-1)."""
TEMPLATES = {t.name: t for t in (STRAIN, SOLEUS, TENDON, OVERUSE, DOMS, CRAMP, PREVENTION)}


def plan_dict_at_stage(facts_data: dict[str, Any], stage: Stage, today: date) -> dict[str, Any]:
    """The exported plan for ``facts_data`` placed at ``stage`` (decisions of the original build
    are kept by the caller; only blocks, stage and run guidance are returned fresh)."""
    facts = parse_facts({k: v for k, v in facts_data.items() if v is not None})
    result = triage(facts)
    plan = build_plan(facts, result, today)
    if plan is None:
        raise ValueError("these answers do not allow a program")
    restricted = result.level is TriageLevel.SEE_DOCTOR
    if restricted:
        stage = min(stage, SEE_DOCTOR_CAP)
    template = TEMPLATES[plan.template]
    protect = protective_decision(result.suspected)
    blocks, _ = assemble_blocks(
        template, stage, facts, result.suspected, protect is not None, load_library()
    )
    strain = template in (STRAIN, SOLEUS)
    run = run_guidance(stage, strain, restricted or protect is not None)
    return plan_to_dict(replace(plan, stage=stage, blocks=blocks, run=run))

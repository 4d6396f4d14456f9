"""``build_plan``: intake facts and triage in, a dosed and explained plan out."""

from datetime import date, timedelta

from runcare.clinical.conditions import Condition
from runcare.clinical.exercises.library import library_version, load_library
from runcare.clinical.facts import Facts
from runcare.clinical.levels import PROGRAM_LEVELS, TriageLevel
from runcare.clinical.plans.blocks import assemble_blocks
from runcare.clinical.plans.model import Decision, Plan, Stage
from runcare.clinical.plans.safety import protective_decision
from runcare.clinical.plans.staging import initial_stage
from runcare.clinical.plans.templates import (
    OVERUSE_TEMPLATES,
    SOLEUS,
    STRAIN,
    Template,
    template_for,
)
from runcare.clinical.return_to_run import run_guidance
from runcare.clinical.triage.engine import TriageResult

REVIEW_DAYS = 7
OLDER_RUNNER_AGE = 50
"""Older age and a previous strain are the strongest calf-strain risk factors (S24)."""


def _pain_free(facts: Facts, result: TriageResult) -> bool:
    quiet = facts.pain_0_10 == 0 and facts.pain_at_rest_0_10 == 0
    return quiet and result.level is TriageLevel.SELF_CARE_PROGRAM


def _template_decision(template: Template, condition: Condition, pain_free: bool) -> Decision:
    return Decision(
        "P-TPL-1",
        {"condition": condition.value, "pain_free": pain_free},
        template.evidence,
        f"Plan type '{template.name}': {template.note}",
    )


def _restricted_stage(stage: Stage) -> tuple[Stage, Decision]:
    capped = min(stage, Stage.P1)
    return capped, Decision(
        "P-SEE-1",
        {"triage": TriageLevel.SEE_DOCTOR.value, "stage": stage.value},
        ("CK",),
        "Until you have been assessed in person, only gentle exercises that stay pain-free "
        f"are offered, and no running (stage capped at {capped}).",
    )


def _risk_decision(facts: Facts) -> Decision | None:
    older = facts.age is not None and facts.age >= OLDER_RUNNER_AGE
    if not (older or facts.previous_calf_strain):
        return None
    return Decision(
        "P-RISK-1",
        {"age": facts.age, "previous_calf_strain": facts.previous_calf_strain},
        ("S24", "S25"),
        "Age 50+ or an earlier calf strain: each stage is held a little longer before moving on.",
    )


def _choose_stage(
    facts: Facts, result: TriageResult, template: Template, pain_free: bool
) -> tuple[Stage, list[Decision]]:
    if pain_free:
        return Stage.P4, [
            Decision("P-STAGE-2", {"pain_0_10": 0}, ("S38", "S1"), "No pain: prevention plan.")
        ]
    stage, decision = initial_stage(facts, overuse=template.name in OVERUSE_TEMPLATES)
    decisions = [decision]
    if result.level is TriageLevel.SEE_DOCTOR:
        stage, capped = _restricted_stage(stage)
        decisions.append(capped)
    return stage, decisions


def build_plan(facts: Facts, result: TriageResult, today: date) -> Plan | None:
    """No plan at all for emergency or urgent results: medical care comes first."""
    if result.level not in PROGRAM_LEVELS:
        return None
    pain_free = _pain_free(facts, result)
    template = template_for(result.condition, pain_free)
    stage, decisions = _choose_stage(facts, result, template, pain_free)
    decisions.insert(0, _template_decision(template, result.condition, pain_free))
    protect = protective_decision(result.suspected)
    extra = [d for d in (protect, _risk_decision(facts)) if d is not None]
    blocks, block_decisions = assemble_blocks(
        template, stage, facts, result.suspected, protect is not None, load_library()
    )
    restricted = result.level is TriageLevel.SEE_DOCTOR
    strain = template in (STRAIN, SOLEUS)
    return Plan(
        condition=result.condition,
        template=template.name,
        stage=stage,
        start=today,
        review_on=today + timedelta(days=REVIEW_DAYS),
        blocks=blocks,
        run=run_guidance(stage, strain, restricted or protect is not None),
        decisions=(*decisions, *extra, *block_decisions),
        restricted=restricted,
        ruleset_version=result.ruleset_version,
        library_version=library_version(),
    )

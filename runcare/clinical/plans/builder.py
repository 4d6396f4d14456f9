"""``build_plan``: intake facts and triage in, a dosed and explained plan out."""

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from runcare.clinical.conditions import Condition
from runcare.clinical.exercises.library import library_version, load_library
from runcare.clinical.facts import Facts
from runcare.clinical.levels import PROGRAM_LEVELS, TriageLevel
from runcare.clinical.plans.blocks import assemble_blocks
from runcare.clinical.plans.dorsiflexion import assess_dorsiflexion
from runcare.clinical.plans.grading import grade_decision
from runcare.clinical.plans.model import Decision, Plan, Stage
from runcare.clinical.plans.safety import protective_decision
from runcare.clinical.plans.staging import initial_stage
from runcare.clinical.plans.templates import (
    MTSS,
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


def slower_progression(facts: Facts) -> bool:
    """Age 50+ or an earlier calf strain (S24; evidence.md §11)."""
    older = facts.age is not None and facts.age >= OLDER_RUNNER_AGE
    return older or facts.previous_calf_strain is True


def _risk_decision(facts: Facts) -> Decision | None:
    if not slower_progression(facts):
        return None
    return Decision(
        "P-RISK-1",
        {"age": facts.age, "previous_calf_strain": facts.previous_calf_strain},
        ("S24", "S25"),
        "Age 50+ or an earlier calf strain: each stage is held a little longer before moving on "
        "(its tests must be passed on three separate days instead of two).",
    )


def _shin_decision(stage: Stage, run_allowed: bool) -> Decision:
    """P-MTSS-1: load management for shin splints, with the bone-stress safety net."""
    return Decision(
        "P-MTSS-1",
        {"stage": stage.value, "run_allowed": run_allowed},
        ("S50", "S52", "CK"),
        "Shin splints settle when the shin gets less pounding: running is reduced and comes back "
        "slowly on flat, even ground, hops and jumps are left out, and pool running or cycling "
        "keep you fit meanwhile. One tender spot on the bone, or pain when hopping, can mean a "
        "stress fracture: stop running and repeat the safety questions.",
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


def build_plan(
    facts: Facts,
    result: TriageResult,
    today: date,
    *,
    baseline: Mapping[str, Any] | None = None,
    at_stage: Stage | None = None,
) -> Plan | None:
    """No plan at all for emergency or urgent results: medical care comes first.

    ``baseline`` holds the intake's baseline measures (``answers_to_baseline``); the
    knee-to-wall distances in it decide P-KTW-1. ``at_stage`` rebuilds the same plan at a stage
    chosen later (a progression decision or a therapist), so a stage change goes through the
    very same template, safety, dosing and running rules; the see-doctor cap still applies.
    """
    if result.level not in PROGRAM_LEVELS:
        return None
    pain_free = _pain_free(facts, result)
    template = template_for(result.condition, pain_free)
    stage, decisions = _choose_stage(facts, result, template, pain_free)
    if at_stage is not None:
        stage = at_stage
        if result.level is TriageLevel.SEE_DOCTOR:
            stage = min(stage, Stage.P1)
    decisions.insert(0, _template_decision(template, result.condition, pain_free))
    protect = protective_decision(result.suspected)
    restricted = result.level is TriageLevel.SEE_DOCTOR
    library = load_library()
    grade = grade_decision(
        result.condition, template, library, restricted, slower_progression(facts)
    )
    extra = [d for d in (protect, _risk_decision(facts), grade) if d is not None]
    blocks, block_decisions = assemble_blocks(
        template,
        stage,
        facts,
        result.suspected,
        protect is not None,
        library,
        dorsiflexion=assess_dorsiflexion(facts.side, baseline),
    )
    strain = template in (STRAIN, SOLEUS)
    shins = template is MTSS
    run = run_guidance(stage, strain, restricted or protect is not None, impact_limited=shins)
    if shins:
        extra.append(_shin_decision(stage, run.allowed))
    return Plan(
        condition=result.condition,
        template=template.name,
        stage=stage,
        start=today,
        review_on=today + timedelta(days=REVIEW_DAYS),
        blocks=blocks,
        run=run,
        decisions=(*decisions, *extra, *block_decisions),
        restricted=restricted,
        ruleset_version=result.ruleset_version,
        library_version=library_version(),
    )

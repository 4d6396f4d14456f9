"""Combine the rules: the highest level wins and nothing can lower it.

Every escalation rule runs; a rule that fires because a question was left unanswered raises the
level just as a "yes" would. The most likely condition comes from confirmed findings only.
"""

from dataclasses import dataclass
from typing import Any

from runcare.clinical.conditions import DIFFERENTIALS, Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.advice import Advice, build_advice
from runcare.clinical.triage.rules import Finding
from runcare.clinical.triage.ruleset import (
    CLASSIFICATION_RULES,
    ESCALATION_RULES,
    RULESET_VERSION,
)
from runcare.clinical.wells import WellsResult, wells_score

DEFAULT_CONDITION = Condition.CALF_OVERUSE_LOAD_INTOLERANCE


@dataclass(frozen=True)
class TriageResult:
    level: TriageLevel
    condition: Condition
    differentials: tuple[Condition, ...]
    wells: WellsResult
    findings: tuple[Finding, ...]
    classification: tuple[Finding, ...]
    ruleset_version: str
    advice: Advice

    @property
    def suspected(self) -> frozenset[Condition]:
        """Every condition some escalation rule raised, confirmed or not, plus the main one."""
        raised = {f.condition for f in self.findings if f.condition is not None}
        return frozenset({self.condition, *raised})


def _most_likely(findings: tuple[Finding, ...], classification: tuple[Finding, ...]) -> Condition:
    confirmed = [f for f in findings if f.certain and f.condition is not None]
    if confirmed:
        top = max(f.level for f in confirmed)
        return next(f.condition for f in confirmed if f.level is top and f.condition)
    named = [f.condition for f in classification if f.condition is not None]
    return named[0] if named else DEFAULT_CONDITION


def _differentials(condition: Condition, findings: tuple[Finding, ...]) -> tuple[Condition, ...]:
    ordered = sorted(findings, key=lambda f: -f.level.rank)
    raised = [f.condition for f in ordered if f.condition is not None]
    candidates = (*raised, *DIFFERENTIALS.get(condition, ()))
    return tuple(c for c in dict.fromkeys(candidates) if c is not condition)


def triage(facts: Facts) -> TriageResult:
    """Run every rule over ``facts``; deterministic and free of side effects."""
    findings = tuple(f for rule in ESCALATION_RULES if (f := rule(facts)) is not None)
    classification = tuple(f for rule in CLASSIFICATION_RULES if (f := rule(facts)) is not None)
    level = max((f.level for f in findings), default=TriageLevel.SELF_CARE_PROGRAM)
    condition = _most_likely(findings, classification)
    wells = wells_score(facts)
    return TriageResult(
        level=level,
        condition=condition,
        differentials=_differentials(condition, findings),
        wells=wells,
        findings=findings,
        classification=classification,
        ruleset_version=RULESET_VERSION,
        advice=build_advice(level, findings, wells.score),
    )


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule_id": finding.rule_id,
        "level": finding.level.value,
        "message": finding.message,
        "evidence": list(finding.evidence),
        "condition": finding.condition.value if finding.condition else None,
        "unanswered": list(finding.unanswered),
    }


def triage_to_dict(result: TriageResult) -> dict[str, Any]:
    """The JSON shape of ``runcare triage`` (intake-facts.md, "Output")."""
    return {
        "triage": result.level.value,
        "condition": result.condition.value,
        "differentials": [c.value for c in result.differentials],
        "wells_score": result.wells.score,
        "fired_rules": [finding_to_dict(f) for f in result.findings],
        "classification_rules": [f.rule_id for f in result.classification],
        "ruleset_version": result.ruleset_version,
        "advice": result.advice.text,
        "how_soon": result.advice.how_soon,
        "not_answered": list(result.advice.not_answered),
    }

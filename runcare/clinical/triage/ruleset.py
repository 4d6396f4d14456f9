"""The versioned rule set: every triage rule in evaluation order.

Bump :data:`RULESET_VERSION` whenever a rule's logic, level or threshold changes, so that a
stored decision can always be traced to the rules that made it.
"""

from runcare.clinical.triage import (
    bone,
    classify,
    compartment,
    dvt,
    infection,
    muscle,
    neuro,
    rupture,
    systemic,
    vascular,
)
from runcare.clinical.triage.rules import Rule

RULESET_VERSION = "2026.2"

ESCALATION_RULES: tuple[Rule, ...] = (
    *dvt.RULES,
    *compartment.RULES,
    *vascular.RULES,
    *neuro.RULES,
    *systemic.RULES,
    *infection.RULES,
    *rupture.RULES,
    *bone.RULES,
    *muscle.RULES,
)
"""Rules that can raise the level; ordered so the most specific condition comes first."""

CLASSIFICATION_RULES: tuple[Rule, ...] = classify.RULES

ALL_RULES: tuple[Rule, ...] = (*ESCALATION_RULES, *CLASSIFICATION_RULES)


def _check_unique(rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for item in rules:
        if item.rule_id in seen:
            raise ValueError(f"duplicate rule id {item.rule_id}")
        seen.add(item.rule_id)


_check_unique(ALL_RULES)

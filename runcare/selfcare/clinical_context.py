"""What the clinical core needs to know about a member: their latest triage facts and result.

Self-care advice (no heat over a red calf, no pain reliever while a clot is ruled out) and the
lesson choice depend on it. The stored facts are re-triaged with the current rules, so a rule
added since the intake is applied too; the read goes through the access layer and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runcare.clinical.conditions import Condition
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.facts import Facts
from runcare.clinical.plans.model import Stage
from runcare.clinical.triage.engine import TriageResult, triage
from runcare.members.access import list_for
from runcare.programs.models import Plan, TriageRecord


@dataclass(frozen=True)
class ClinicalContext:
    facts: Facts
    result: TriageResult | None

    @property
    def suspected(self) -> frozenset[Condition]:
        return self.result.suspected if self.result else frozenset()


EMPTY = ClinicalContext(Facts(), None)


def latest_triage(user: Any, member: Any) -> TriageRecord | None:
    rows = list_for(user, TriageRecord.objects.filter(member=member), limit=1)
    return rows[0] if rows else None


def clinical_context(user: Any, member: Any | None = None) -> ClinicalContext:
    """The member's facts and triage, or an empty context for someone not yet triaged."""
    if not getattr(user, "is_authenticated", False):
        return EMPTY
    record = latest_triage(user, member or user)
    if record is None:
        return EMPTY
    facts = parse_facts(record.facts)
    return ClinicalContext(facts, triage(facts))


def active_plan(user: Any, member: Any | None = None) -> Plan | None:
    """The member's active plan (paused or not), read through the access layer."""
    rows = list_for(user, Plan.objects.filter(member=member or user, active=True), limit=1)
    return rows[0] if rows else None


def current_stage(user: Any, member: Any | None = None) -> Stage:
    """The active plan's stage; before any plan, the gentlest loading stage."""
    plan = active_plan(user, member)
    return Stage(plan.stage) if plan else Stage.P1

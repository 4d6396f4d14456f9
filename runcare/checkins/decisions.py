"""Turn stored check-ins into the clinical core's inputs and apply what it decides.

The re-screen trigger and the progression rules are the core's (``needs_rescreen``,
``decide_progression``); this module only gathers the history and writes the outcome through
the programs actions, so every automatic change keeps its rule id, inputs and evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from runcare.clinical.checkins import CheckIn as ClinicalCheckIn
from runcare.clinical.checkins import RescreenCheck, needs_rescreen
from runcare.clinical.plans.builder import OVERUSE_TEMPLATES
from runcare.clinical.plans.model import Stage
from runcare.clinical.progression import (
    Action,
    History,
    ProgressionDecision,
    decide_progression,
    slower_progression,
)
from runcare.programs.actions import change_stage, pause_plan
from runcare.programs.models import Plan

HISTORY_DAYS = 21
"""The rules look back two weeks (weekly means, 7-day morning baseline); three is plenty."""
RESCREEN_EVIDENCE = ("S42", "CK")


def as_clinical(row: Any, stage: str | None = None) -> ClinicalCheckIn:
    """The core's check-in; stage goals count only when met at ``stage`` (if given)."""
    return ClinicalCheckIn(
        day=row.day,
        pain_during=row.pain_during,
        pain_next_morning=row.pain_next_morning,
        limp=row.limp,
        signs=frozenset(row.signs),
        stage_criteria_met=row.stage_criteria_met and (stage is None or row.stage == stage),
    )


def rescreen_check(previous: Sequence[Any], current: ClinicalCheckIn) -> RescreenCheck:
    """Against the last check-in; the first check-in is compared with a sign-free report."""
    last = as_clinical(previous[-1]) if previous else None
    baseline = last or ClinicalCheckIn(current.day, current.pain_during)
    return needs_rescreen(baseline, current)


def _history(plan: Plan, previous: Sequence[Any], current: ClinicalCheckIn) -> History:
    last_decisions = [r.decision for r in previous if r.decision]
    last = last_decisions[-1] if last_decisions else None
    progressed = [d for d in last_decisions if d.get("change")]
    return History(
        stage=Stage(plan.stage),
        checkins=(*(as_clinical(r, plan.stage) for r in previous), current),
        tendon=plan.plan.get("template") in OVERUSE_TEMPLATES,
        last_change=progressed[-1]["change"] if progressed else None,
        previous_action=Action(last["action"]) if last else None,
        slower=slower_progression(plan.decisions),
    )


def decision_to_dict(decision: ProgressionDecision) -> dict[str, Any]:
    data = asdict(decision)
    data["action"] = decision.action.value
    data["next_stage"] = decision.next_stage.value
    data["evidence"] = list(decision.evidence)
    data["escalate_to"] = decision.escalate_to.value if decision.escalate_to else None
    return data


def decide_and_apply(
    *, plan: Plan, previous: Sequence[Any], current: ClinicalCheckIn, today: date, by: Any
) -> dict[str, Any]:
    """Run the progression rules for an active plan and apply a stage move or a stop."""
    decision = decide_progression(_history(plan, previous, current), today)
    reason = decision.explanation
    if decision.action is Action.STOP_AND_RETRIAGE:
        pause_plan(
            plan=plan, reason=reason, by=by, rule_id=decision.rule_id,
            inputs=decision.inputs, evidence=decision.evidence,
        )  # fmt: skip
    elif decision.next_stage.value != plan.stage:
        change_stage(
            plan=plan, new_stage=decision.next_stage.value, rule_id=decision.rule_id,
            inputs=decision.inputs, evidence=decision.evidence, reason=reason, by=by,
        )  # fmt: skip
    if decision.rescreen and decision.action is not Action.STOP_AND_RETRIAGE:
        pause_plan(
            plan=plan, reason=reason, by=by, rule_id=decision.rule_id,
            inputs=decision.inputs, evidence=decision.evidence,
        )  # fmt: skip
    return decision_to_dict(decision)


def pause_for_rescreen(
    *, plan: Plan, check: RescreenCheck, inputs: dict[str, Any], by: Any
) -> None:
    pause_plan(
        plan=plan,
        reason="Safety questions due again: " + "; ".join(check.reasons) + ".",
        by=by,
        rule_id=check.rule_id,
        inputs=inputs,
        evidence=RESCREEN_EVIDENCE,
    )


def history_start(day: date) -> date:
    return day - timedelta(days=HISTORY_DAYS)

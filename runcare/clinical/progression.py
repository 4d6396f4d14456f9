"""Decide the next step from recent check-ins: progress, repeat, regress or stop.

Tendon and overuse problems follow the Silbernagel pain-monitoring model (S40, S41);
acute muscle strains use stricter limits (S28). Volume and intensity never rise together.
"""

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from runcare.clinical.checkins import WARNING_SIGNS, CheckIn
from runcare.clinical.levels import TriageLevel
from runcare.clinical.plans.model import Stage

STOP_PAIN = 7
WEEKLY_RISE = 2
"""7-day mean pain up by 2+ vs the week before: regress and re-screen (§5.2; S42)."""
CRITERIA_DAYS = 2
"""Stage criteria must be met on two separate days to unlock the next stage (§3.4; S28)."""
SLOWER_CRITERIA_DAYS = 3
"""Age 50+ or an earlier calf strain (P-RISK-1; S24, §11): one more day at each stage."""


class Action(StrEnum):
    PROGRESS = "progress"
    REPEAT = "repeat"
    REGRESS = "regress"
    STOP_AND_RETRIAGE = "stop_and_retriage"


@dataclass(frozen=True)
class Limits:
    progress_max: int
    repeat_max: int
    morning_margin: int
    evidence: tuple[str, ...]


TENDON = Limits(progress_max=2, repeat_max=5, morning_margin=2, evidence=("S40", "S41"))
STRAIN = Limits(progress_max=2, repeat_max=3, morning_margin=1, evidence=("S28", "CK"))


@dataclass(frozen=True)
class History:
    stage: Stage
    checkins: tuple[CheckIn, ...]
    tendon: bool = False
    last_change: str | None = None
    """What the previous progression raised: "volume" or "intensity"."""
    previous_action: Action | None = None
    slower: bool = False
    """The plan recorded P-RISK-1 (see :func:`slower_progression`)."""


def slower_progression(plan_decisions: Iterable[Mapping[str, Any]]) -> bool:
    """Whether a stored plan's decisions include P-RISK-1 (age 50+ or an earlier strain)."""
    return any(d.get("rule_id") == "P-RISK-1" for d in plan_decisions)


@dataclass(frozen=True)
class ProgressionDecision:
    action: Action
    rule_id: str
    inputs: dict[str, Any]
    evidence: tuple[str, ...]
    explanation: str
    next_stage: Stage
    change: str | None = None
    rescreen: bool = False
    escalate_to: TriageLevel | None = None


def morning_baseline(checkins: tuple[CheckIn, ...], before: date) -> float:
    """Median morning pain of the 7 days before ``before``; 0 when none was recorded."""
    window = [
        c.pain_next_morning
        for c in checkins
        if before - timedelta(days=7) <= c.day < before and c.pain_next_morning is not None
    ]
    return float(statistics.median(window)) if window else 0.0


def weekly_means(checkins: tuple[CheckIn, ...], today: date) -> tuple[float | None, float | None]:
    def mean(start: int, end: int) -> float | None:
        days = [c.pain_during for c in checkins if start < (today - c.day).days <= end]
        return statistics.fmean(days) if days else None

    return mean(-1, 6), mean(6, 13)


def _inputs(history: History, latest: CheckIn, baseline: float) -> dict[str, Any]:
    return {
        "stage": history.stage.value,
        "pain_during": latest.pain_during,
        "pain_next_morning": latest.pain_next_morning,
        "morning_baseline": baseline,
        "limp": latest.limp,
        "signs": sorted(latest.signs),
        "model": "tendon" if history.tendon else "strain",
        "slower_progression": history.slower,
    }


def decide_progression(history: History, today: date) -> ProgressionDecision:
    """Rules in order of seriousness; the first that applies decides."""
    if not history.checkins:
        raise ValueError("no check-ins to decide from")
    latest = max(history.checkins, key=lambda c: c.day)
    baseline = morning_baseline(history.checkins, latest.day)
    inputs = _inputs(history, latest, baseline)
    for check in (_stop, _weekly_rise, _regress, _progress):
        decision = check(history, latest, baseline, inputs, today)
        if decision is not None:
            return decision
    limits = TENDON if history.tendon else STRAIN
    return ProgressionDecision(
        Action.REPEAT, "PR-REPEAT-1", inputs, limits.evidence,
        "Pain stayed within the acceptable zone: repeat this level.", history.stage,
    )  # fmt: skip


def _stop(
    h: History, c: CheckIn, _b: float, inputs: dict[str, Any], _t: date
) -> ProgressionDecision | None:
    signs = sorted(c.signs & WARNING_SIGNS)
    if c.pain_during < STOP_PAIN and not signs:
        return None
    why = f"pain {c.pain_during}/10" if not signs else "new sign(s): " + ", ".join(signs)
    return ProgressionDecision(
        Action.STOP_AND_RETRIAGE, "PR-STOP-1", inputs, ("S40", "CK"),
        f"Stop the program and repeat the safety questions ({why}).", h.stage, rescreen=True,
    )  # fmt: skip


def _weekly_rise(
    h: History, _c: CheckIn, _b: float, inputs: dict[str, Any], today: date
) -> ProgressionDecision | None:
    this_week, last_week = weekly_means(h.checkins, today)
    if this_week is None or last_week is None or this_week - last_week < WEEKLY_RISE:
        return None
    return ProgressionDecision(
        Action.REGRESS, "PR-WEEK-1", {**inputs, "week_mean": this_week, "prior_mean": last_week},
        ("S40", "S42"), "Average pain rose by 2 or more this week: step back and re-check.",
        h.stage.step(-1), rescreen=True,
    )  # fmt: skip


def _regress(
    h: History, c: CheckIn, b: float, inputs: dict[str, Any], _t: date
) -> ProgressionDecision | None:
    limits = TENDON if h.tendon else STRAIN
    morning_up = (
        c.pain_next_morning is not None and c.pain_next_morning >= b + limits.morning_margin
    )
    if not (c.pain_during > limits.repeat_max or morning_up or (c.limp and not h.tendon)):
        return None
    if h.previous_action is Action.REGRESS:
        return ProgressionDecision(
            Action.REGRESS, "PR-REG-2", inputs, ("S28", "S40", "CK"),
            "A second step back in a row: please book an in-person assessment.",
            h.stage.step(-1), escalate_to=TriageLevel.SEE_DOCTOR,
        )  # fmt: skip
    return ProgressionDecision(
        Action.REGRESS, "PR-REG-1", inputs, limits.evidence,
        "Pain went past the limit: drop one level and take 1-2 easier days.", h.stage.step(-1),
    )  # fmt: skip


def _progress(
    h: History, c: CheckIn, b: float, inputs: dict[str, Any], _t: date
) -> ProgressionDecision | None:
    limits = TENDON if h.tendon else STRAIN
    recent = sorted(h.checkins, key=lambda x: x.day)[-2:]
    calm = [x.pain_during <= limits.progress_max and not x.limp for x in recent]
    mornings_ok = all(x.pain_next_morning is None or x.pain_next_morning <= b for x in recent)
    if len(recent) < 2 or not all(calm) or not mornings_ok:
        return None
    criteria_days = {x.day for x in h.checkins if x.stage_criteria_met}
    needed = SLOWER_CRITERIA_DAYS if h.slower else CRITERIA_DAYS
    if len(criteria_days) >= needed and h.stage is not Stage.P4:
        rule_id, evidence, words = (
            ("PR-STAGE-2", ("S28", "S24"), "three separate days (age or an earlier strain)")
            if h.slower
            else ("PR-STAGE-1", ("S28",), "two separate days")
        )
        return ProgressionDecision(
            Action.PROGRESS, rule_id,
            {**inputs, "criteria_days": len(criteria_days), "required_days": needed},
            evidence, f"Stage criteria met on {words}: move to {h.stage.step(1)}.",
            h.stage.step(1),
        )  # fmt: skip
    change = "intensity" if h.last_change == "volume" else "volume"
    return ProgressionDecision(
        Action.PROGRESS, "PR-PROG-1", inputs, limits.evidence,
        f"Two calm sessions: raise the {change} only, never both at once.", h.stage, change,
    )  # fmt: skip

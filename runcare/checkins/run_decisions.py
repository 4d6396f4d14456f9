"""Pain recorded on a scheduled run feeds the same progression rules as a daily check-in.

The rules are the clinical core's (``decide_progression``); this module only turns the run into
one of its check-ins and applies the outcome through the programs actions. A run's pain during
the core's check-in is the worse of "during" and "right after" (both share the 5/10 limit of
§5.1); its next-morning pain is taken as given. The history holds the matched runs and the daily
check-ins before the run, so the baseline and weekly-rise rules see the whole picture, and the
previous decision (for "two steps back in a row") may come from either.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from runcare.activities.models import RunPain
from runcare.activities.queries import runs_for_plan
from runcare.checkins.decisions import as_clinical, decision_to_dict, history_start
from runcare.checkins.models import CheckIn
from runcare.clinical.checkins import CheckIn as ClinicalCheckIn
from runcare.clinical.plans.builder import OVERUSE_TEMPLATES
from runcare.clinical.plans.model import Stage
from runcare.clinical.progression import Action, History, decide_progression, slower_progression
from runcare.programs import runs
from runcare.programs.actions import apply_run_decision
from runcare.programs.models import Plan, RunDecision
from runcare.programs.run_matching import RunSlot, match_runs

NEEDS_SESSION_PAIN = (
    "Add how the run felt during or right after it, so that your plan can decide the next step."
)


def as_checkin(run: Any) -> ClinicalCheckIn | None:
    session = [p for p in (run.pain_during, run.pain_after) if p is not None]
    if not session:
        return None
    return ClinicalCheckIn(run.day, max(session), run.pain_next_morning)


def _slots(plan: Plan, member: Any, day: date, today: date) -> list[RunSlot]:
    first = max(date.fromisoformat(plan.plan["start"]), history_start(day))
    recorded = runs_for_plan(member, first - timedelta(days=1), day + timedelta(days=1))
    slots, _ = match_runs(runs.planned_days(plan.plan, first, day + timedelta(days=1)),
                          recorded, today)  # fmt: skip
    return slots


def _previous_action(plan: Plan, activity_id: int, day: date) -> Action | None:
    others = RunDecision.objects.filter(plan=plan, day__lte=day).exclude(activity_id=activity_id)
    by_day: list[tuple[date, str]] = [(r.day, r.decision["action"]) for r in others]
    by_day += [
        (c.day, c.decision["action"])
        for c in CheckIn.objects.filter(plan=plan, day__lt=day, decision__isnull=False)
        if c.decision
    ]
    return Action(max(by_day, key=lambda x: x[0])[1]) if by_day else None


def _history(plan: Plan, slots: list[RunSlot], current: Any) -> History:
    daily = CheckIn.objects.filter(
        member_id=plan.member_id, day__gte=history_start(current.day), day__lt=current.day
    ).order_by("day", "id")
    earlier = [s.run for s in slots if s.run is not None and s.run.day < current.day]
    from_runs = [c for c in map(as_checkin, [*earlier, current]) if c is not None]
    return History(
        stage=Stage(plan.stage),
        checkins=(*(as_clinical(r, plan.stage) for r in daily), *from_runs),
        tendon=plan.plan.get("template") in OVERUSE_TEMPLATES,
        previous_action=_previous_action(plan, current.activity_id, current.day),
        slower=slower_progression(plan.decisions),
    )


def review_run_pain(*, pain: RunPain, by: Any, today: date | None = None) -> str | None:
    """Decide from the pain on a scheduled run; a member-readable note, or None if the run is
    not one the plan asked for (or no plan is running)."""
    member, today = pain.activity.member, today or timezone.now().date()
    plan = Plan.objects.filter(member=member, active=True, paused_at__isnull=True).first()
    if plan is None or not runs.has_schedule(plan.plan):
        return None
    day = pain.activity.start_time_utc.date()
    slots = _slots(plan, member, day, today)
    slot = next((s for s in slots if s.run and s.run.activity_id == pain.activity_id), None)
    if slot is None:
        return None
    if as_checkin(slot.run) is None:
        return NEEDS_SESSION_PAIN
    decision = decide_progression(_history(plan, slots, slot.run), today)
    apply_run_decision(plan=plan, activity_id=pain.activity_id, day=slot.day,
                       decision=decision_to_dict(decision), today=today, by=by)  # fmt: skip
    return _note(Plan.objects.get(pk=plan.pk), decision.explanation, decision.rule_id)


def _note(plan: Plan, explanation: str, rule_id: str) -> str:
    if plan.is_paused:
        return f"{explanation} Your plan is paused ({rule_id})."
    if not runs.has_schedule(plan.plan):
        return f"{explanation} No running for now ({rule_id})."
    level = runs.current_level(plan.plan)
    return f"{explanation} Next run: {level.title}, {level.summary} ({rule_id})."


def on_run_pain(sender: Any, pain: RunPain, by: Any, **_: Any) -> str | None:
    return review_run_pain(pain=pain, by=by)

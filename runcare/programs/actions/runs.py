"""Scheduled runs: apply a run's progression decision, swap a run for cross-training.

The decision itself comes from the clinical core (``decide_progression``); here it only moves
the plan's walk/run level (§7.3: one level per run session), adds the easier days a step back
asks for, and records each change as a ``PlanChange`` with the rule id, inputs and evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from runcare.accounts.models import User
from runcare.clinical.evidence import check_evidence
from runcare.clinical.exercises.library import load_library
from runcare.programs import runs
from runcare.programs.actions.plans import _record, change_stage, pause_plan
from runcare.programs.models import ChangeKind, Plan, PlanChange, RunDecision

EASIER_DAYS = (
    "Pain went past the limit on a run: a rest day, then easy cross-training instead of the "
    "next run, before running again one level lower."
)


def _save_state(plan: Plan, st: dict[str, Any]) -> None:
    plan.plan = {**plan.plan, "run_schedule": st}
    plan.updated_at = timezone.now()
    plan.save(update_fields=["plan", "updated_at"])


def _calf_loading() -> frozenset[str]:
    return frozenset(e.id for e in load_library().values() if "calf_load" in e.flags)


def _swap(
    plan: Plan, st: dict[str, Any], after: date, why: tuple[str, str, str], avoid_calf_load: bool
) -> tuple[date, dict[str, Any]] | None:
    """``why`` is (source, rule id, reason); the swap keeps them for the pages."""
    day = runs.next_run_day({**plan.plan, "run_schedule": st}, after)
    if day is None:
        return None
    exercise = runs.choose_cross_training(plan.plan, _calf_loading(), avoid_calf_load)
    minutes = runs.current_level({**plan.plan, "run_schedule": st}).total_min
    source, rule_id, reason = why
    swap = {"exercise_id": exercise, "minutes": minutes, "source": source, "rule_id": rule_id,
            "reason": reason}  # fmt: skip
    st["swaps"][day.isoformat()] = swap
    return day, swap


def _swap_text(day: date, swap: dict[str, Any]) -> str:
    name = load_library()[swap["exercise_id"]].name if swap["exercise_id"] else "rest"
    return f"{day:%d %b}: {name}, {swap['minutes']} min"


@transaction.atomic
def swap_next_run(
    *, plan: Plan, after: date, rule_id: str, inputs: Mapping[str, Any],
    evidence: tuple[str, ...], reason: str, source: str, by: User | None,
) -> PlanChange | None:  # fmt: skip
    """Replace the next run after ``after`` with cross-training of the same length; once per
    ``source`` (e.g. the run that spiked), so a repeated import changes nothing."""
    check_evidence(evidence)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    st = runs.state(plan.plan)
    if not runs.has_schedule(plan.plan) or any(
        s.get("source") == source for s in st["swaps"].values()
    ):
        return None
    swapped = _swap(plan, st, after, (source, rule_id, reason), avoid_calf_load=False)
    if swapped is None:
        return None
    _save_state(plan, st)
    return _record(
        plan, ChangeKind.AUTO, "run", "run", _swap_text(*swapped), rule_id, inputs,
        list(evidence), reason, by,
    )  # fmt: skip


def _forget(st: dict[str, Any], source: str) -> None:
    """Drop the easier days an earlier decision on the same run had added."""
    for key in ("swaps", "rests"):
        st[key] = {d: v for d, v in st[key].items() if v.get("source") != source}


def _level_after(action: str, before: int, top: int) -> int:
    if action == "progress":
        return min(before + 1, top)
    if action == "regress":
        return max(before - 1, 0)
    return before


@transaction.atomic
def apply_run_decision(
    *, plan: Plan, activity_id: int, day: date, decision: dict[str, Any],
    today: date, by: User | None,
) -> RunDecision:  # fmt: skip
    """Store the decision for one run and, if it is the latest run decided, act on it."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    existing = RunDecision.objects.filter(plan=plan, activity_id=activity_id).first()
    st = runs.state(plan.plan)
    before = existing.level_before if existing else st["level"]
    top = len(runs.ladder(plan.plan["run"])) - 1
    after = _level_after(decision["action"], before, top)
    row, _ = RunDecision.objects.update_or_create(
        plan=plan, activity_id=activity_id,
        defaults={"member_id": plan.member_id, "day": day, "level_before": before,
                  "level_after": after, "decision": decision, "at": timezone.now()},
    )  # fmt: skip
    if RunDecision.objects.filter(plan=plan, day__gt=day).exists():
        return row
    _act(plan, st, row, decision, today, by)
    return row


def _act(
    plan: Plan, st: dict[str, Any], row: RunDecision, d: dict[str, Any], today: date,
    by: User | None,
) -> None:  # fmt: skip
    source = f"run:{row.activity_id}"
    evidence, inputs = tuple(d["evidence"]), {**d["inputs"], "activity_id": row.activity_id}
    if d["action"] == "progress" and d["next_stage"] != plan.stage:
        change_stage(plan=plan, new_stage=d["next_stage"], rule_id=d["rule_id"], inputs=inputs,
                     evidence=evidence, reason=d["explanation"], by=by)  # fmt: skip
        return
    if d["action"] == "regress" and row.level_before == 0 and d["next_stage"] != plan.stage:
        change_stage(plan=plan, new_stage=d["next_stage"], rule_id=d["rule_id"], inputs=inputs,
                     evidence=evidence, reason=d["explanation"], by=by)  # fmt: skip
    else:
        _move_level(plan, st, row, d, inputs, source, today, by)
    if d["action"] == "stop_and_retriage" or d["rescreen"] or d["escalate_to"]:
        pause_plan(plan=plan, reason=d["explanation"], by=by, rule_id=d["rule_id"],
                   inputs=inputs, evidence=evidence)  # fmt: skip


def _move_level(
    plan: Plan, st: dict[str, Any], row: RunDecision, d: dict[str, Any],
    inputs: dict[str, Any], source: str, today: date, by: User | None,
) -> None:  # fmt: skip
    rungs = runs.ladder(plan.plan["run"])
    old = rungs[st["level"]].title
    _forget(st, source)
    st["level"] = row.level_after
    swapped = None
    if d["action"] == "regress":
        rest = runs.next_off_day({**plan.plan, "run_schedule": st}, today)
        if rest is not None:
            st["rests"][rest.isoformat()] = {"source": source, "rule_id": d["rule_id"]}
        why = (source, d["rule_id"], EASIER_DAYS)
        swapped = _swap(plan, st, today, why, avoid_calf_load=True)
    _save_state(plan, st)
    evidence = list(d["evidence"])
    if rungs[row.level_after].title != old:
        _record(plan, ChangeKind.AUTO, "walk/run level", old, rungs[row.level_after].title,
                d["rule_id"], inputs, evidence, d["explanation"], by)  # fmt: skip
    if swapped is not None:
        _record(plan, ChangeKind.AUTO, "run", "run", _swap_text(*swapped), d["rule_id"], inputs,
                evidence, EASIER_DAYS, by)  # fmt: skip

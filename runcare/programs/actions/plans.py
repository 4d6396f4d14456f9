"""Plans: create one, move its stage, pause and resume it, and a therapist's override.

Every change writes a ``PlanChange`` with its rule id, inputs, evidence and reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from runcare.accounts.models import User
from runcare.clinical.evidence import check_evidence
from runcare.clinical.facts import Facts
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.plans.export import plan_to_dict
from runcare.clinical.plans.model import Stage
from runcare.clinical.triage.engine import triage
from runcare.members.models import Episode, EpisodeStatus
from runcare.programs import runs
from runcare.programs.errors import ProgramError
from runcare.programs.models import ChangeKind, Plan, PlanChange
from runcare.programs.staging import plan_dict_at_stage


def _today() -> date:
    return timezone.now().date()


def _record(
    plan: Plan,
    kind: str,
    target: str,
    from_value: str,
    to_value: str,
    rule_id: str,
    inputs: Mapping[str, Any],
    evidence: list[str],
    reason: str,
    by: User | None,
) -> PlanChange:
    return PlanChange.objects.create(
        plan=plan,
        member_id=plan.member_id,
        kind=kind,
        target=target,
        from_value=from_value,
        to_value=to_value,
        rule_id=rule_id,
        inputs=dict(inputs),
        evidence=list(evidence),
        reason=reason,
        by=by if by is not None and by.is_authenticated else None,
    )


@transaction.atomic
def create_plan(
    *,
    member: User,
    episode: Episode,
    triage_record: Any,
    facts: Facts,
    by: User,
    today: date | None = None,
    baseline: Mapping[str, Any] | None = None,
) -> Plan | None:
    """Build the plan with the clinical core; None when the triage level allows no program.

    ``baseline`` (the intake's baseline measures) is kept in the plan so that rebuilding it at
    another stage applies the same knee-to-wall rule."""
    built = build_plan(facts, triage(facts), today or _today(), baseline=baseline)
    if built is None:
        return None
    data = {**plan_to_dict(built), "baseline": dict(baseline or {})}
    plan = Plan.objects.create(
        member=member,
        episode=episode,
        triage=triage_record,
        plan=data,
        stage=built.stage.value,
        decisions=data["decisions"],
        ruleset_version=built.ruleset_version,
        library_version=built.library_version,
    )
    stage_decision = next(
        (d for d in data["decisions"] if d["rule_id"].startswith("P-STAGE")), data["decisions"][0]
    )
    _record(
        plan, ChangeKind.AUTO, "stage", "", built.stage.value, stage_decision["rule_id"],
        stage_decision["inputs"], stage_decision["evidence"], stage_decision["explanation"], by,
    )  # fmt: skip
    return plan


def _check_stage(new_stage: str) -> Stage:
    try:
        return Stage(new_stage)
    except ValueError:
        raise ProgramError(f"Unknown stage {new_stage!r}.", "stage") from None


@transaction.atomic
def change_stage(
    *,
    plan: Plan,
    new_stage: str,
    rule_id: str,
    inputs: Mapping[str, Any],
    evidence: tuple[str, ...] | list[str],
    reason: str,
    by: User | None,
    kind: str = ChangeKind.AUTO,
) -> PlanChange | None:
    """Move the plan to ``new_stage`` and rebuild its exercises for it; always recorded."""
    stage = _check_stage(new_stage)
    if not rule_id or not reason.strip():
        raise ProgramError("A stage change needs a rule id and a reason.")
    check_evidence(tuple(evidence))
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.stage == stage.value:
        return None
    facts = plan.triage.facts if plan.triage else {}
    start = date.fromisoformat(plan.plan["start"])
    rebuilt = plan_dict_at_stage(facts, stage, start, plan.plan.get("baseline"))
    data = {**plan.plan, **_stage_parts(rebuilt), "overrides": plan.plan.get("overrides", [])}
    plan.plan = runs.with_fresh_schedule(data, _today())
    old, plan.stage, plan.updated_at = plan.stage, rebuilt["stage"], timezone.now()
    plan.save(update_fields=["plan", "stage", "updated_at"])
    return _record(
        plan, kind, "stage", old, plan.stage, rule_id, inputs, list(evidence), reason, by
    )


def _stage_parts(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("stage", "stage_label", "blocks", "run")}


@transaction.atomic
def pause_plan(
    *,
    plan: Plan,
    reason: str,
    by: User | None,
    rule_id: str = "R-SCREEN",
    inputs: Mapping[str, Any] | None = None,
    evidence: tuple[str, ...] = ("CK",),
) -> PlanChange:
    """Stop the program (e.g. a re-screen is due); the episode shows as paused."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    plan.paused_at, plan.pause_reason, plan.updated_at = timezone.now(), reason, timezone.now()
    plan.save(update_fields=["paused_at", "pause_reason", "updated_at"])
    Episode.objects.filter(pk=plan.episode_id, status=EpisodeStatus.ACTIVE).update(
        status=EpisodeStatus.PAUSED
    )
    return _record(
        plan, ChangeKind.AUTO, "paused", "running", "paused", rule_id, inputs or {},
        list(evidence), reason, by,
    )  # fmt: skip


@transaction.atomic
def resume_plan(
    *, plan: Plan, reason: str, by: User | None, rule_id: str = "R-RESUME"
) -> PlanChange:
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if not plan.is_paused:
        raise ProgramError("This plan is not paused.")
    plan.paused_at, plan.pause_reason, plan.updated_at = None, "", timezone.now()
    plan.save(update_fields=["paused_at", "pause_reason", "updated_at"])
    Episode.objects.filter(pk=plan.episode_id).exclude(status=EpisodeStatus.CLOSED).update(
        status=EpisodeStatus.ACTIVE
    )
    kind = ChangeKind.THERAPIST if getattr(by, "is_therapist", False) else ChangeKind.AUTO
    return _record(plan, kind, "paused", "paused", "running", rule_id, {}, ["CK"], reason, by)


@transaction.atomic
def override_plan(
    *, plan: Plan, changes: Mapping[str, Any], reason: str, by: User
) -> list[PlanChange]:
    """A therapist's change of stage and/or dose; each recorded as T-OVERRIDE with the reason."""
    if not reason.strip():
        raise ProgramError("Say why you are changing the plan.", "reason")
    unknown = set(changes) - {"stage", "dose"}
    if unknown or not changes:
        raise ProgramError("Only the stage and the dose can be changed.", "changes")
    recorded: list[PlanChange] = []
    if changes.get("stage"):
        inputs = {"target": "stage", "value": changes["stage"], "by": by.pk}
        change = change_stage(
            plan=plan, new_stage=changes["stage"], rule_id="T-OVERRIDE", inputs=inputs,
            evidence=("CK",), reason=reason, by=by, kind=ChangeKind.THERAPIST,
        )  # fmt: skip
        recorded += [change] if change else []
    for exercise_id, dose in (changes.get("dose") or {}).items():
        recorded.append(_override_dose(plan, exercise_id, dose, reason, by))
    return recorded


DOSE_LIMITS = {"sets": (1, 10), "reps": (1, 50), "hold_s": (0, 300)}


def _override_dose(
    plan: Plan, exercise_id: str, dose: Mapping[str, int], reason: str, by: User
) -> PlanChange:
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    items = [i for b in plan.plan["blocks"] for i in b["items"] if i["exercise_id"] == exercise_id]
    if not items:
        raise ProgramError(f"{exercise_id} is not in this plan.", "dose")
    before = {k: items[0][k] for k in DOSE_LIMITS}
    for key, value in dose.items():
        if key not in DOSE_LIMITS:
            raise ProgramError(f"{key} is not part of a dose.", "dose")
        low, high = DOSE_LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ProgramError(f"{key} must be a whole number from {low} to {high}.", "dose")
    for item in items:
        item.update(dose)
    plan.updated_at = timezone.now()
    plan.save(update_fields=["plan", "updated_at"])
    after = {k: items[0][k] for k in DOSE_LIMITS}
    return _record(
        plan, ChangeKind.THERAPIST, f"dose:{exercise_id}", _dose_text(before), _dose_text(after),
        "T-OVERRIDE", {"exercise_id": exercise_id, **dict(dose)}, ["CK"], reason, by,
    )  # fmt: skip


def _dose_text(dose: Mapping[str, int]) -> str:
    hold = f", hold {dose['hold_s']} s" if dose["hold_s"] else ""
    return f"{dose['sets']} x {dose['reps']}{hold}"


def retire_plan(plan: Plan, reason: str, by: User) -> None:
    plan.active = False
    plan.updated_at = timezone.now()
    plan.save(update_fields=["active", "updated_at"])
    _record(
        plan, ChangeKind.AUTO, "retired", "active", "retired", "P-SEE-1", {}, ["CK"], reason, by
    )

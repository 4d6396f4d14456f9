"""Every write of check-ins, questionnaires and self-tests. Keyword-only, with an actor.

``record_checkin`` is idempotent by key (REQ-B2): a retried submission returns the first row
and changes nothing. A rise in pain or a new warning sign pauses the plan and sends the member
back to the safety questions; otherwise the progression rules decide, and a stage move is
applied through the programs actions with its rule id, inputs and evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from runcare.accounts.models import User
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction
from runcare.checkins import decisions, scoring
from runcare.checkins.errors import CheckinError
from runcare.checkins.models import CheckIn, PromResponse, SelfTest
from runcare.members.models import Episode
from runcare.programs.models import Plan


@dataclass(frozen=True)
class CheckinOutcome:
    checkin: CheckIn
    created: bool

    @property
    def rescreen(self) -> bool:
        return self.checkin.needed_rescreen


def _open_episode(member: User) -> Episode:
    episode = Episode.objects.filter(member=member, closed_at__isnull=True).first()
    if episode is None:
        raise CheckinError("Please answer the safety questions first; check-ins follow them.")
    return episode


def _audit(by: User, row: Any, action: str = AuditAction.CREATE) -> None:
    record_event(
        action=action,
        actor=by,
        subject_member_id=row.member_id,
        object_type=row._meta.model_name,
        object_id=row.pk,
    )


def record_checkin(
    *, member: User, data: dict[str, Any], idempotency_key: str, by: User, today: date | None = None
) -> CheckinOutcome:
    """Store the check-in and act on it; the same key twice returns the first check-in."""
    existing = CheckIn.objects.filter(member=member, idempotency_key=idempotency_key).first()
    if existing is not None:
        return CheckinOutcome(existing, False)
    try:
        row = _record_checkin(member, data, idempotency_key, by, today or timezone.now().date())
    except IntegrityError:
        raced = CheckIn.objects.filter(member=member, idempotency_key=idempotency_key).first()
        if raced is None:
            raise
        return CheckinOutcome(raced, False)
    return CheckinOutcome(row, True)


@transaction.atomic
def _record_checkin(member: User, data: dict[str, Any], key: str, by: User, today: date) -> CheckIn:
    episode = _open_episode(member)
    data = {**data, "day": data.get("day") or today}
    plan = Plan.objects.select_for_update().filter(episode=episode, active=True).first()
    previous = list(
        CheckIn.objects.filter(episode=episode, day__gte=decisions.history_start(today)).order_by(
            "day", "id"
        )
    )
    row = CheckIn(
        member=member, episode=episode, plan=plan, idempotency_key=key,
        stage=plan.stage if plan else "", **data,
    )  # fmt: skip
    current = decisions.as_clinical(row)
    check = decisions.rescreen_check(previous, current)
    if check.needed:
        row.rescreen_reasons = list(check.reasons)
        if plan is not None and not plan.is_paused:
            inputs = {"pain_during": row.pain_during, "signs": sorted(row.signs)}
            decisions.pause_for_rescreen(plan=plan, check=check, inputs=inputs, by=by)
    elif plan is not None and not plan.is_paused:
        row.decision = decisions.decide_and_apply(
            plan=plan, previous=previous, current=current, today=today, by=by
        )
        if row.decision["action"] == "stop_and_retriage":
            row.rescreen_reasons = [row.decision["explanation"]]
    row.save()
    _audit(by, row)
    return row


@transaction.atomic
def submit_prom(
    *, member: User, measure: str, timepoint: str, answers: dict[str, Any], by: User
) -> PromResponse:
    """Score with the clinical core and store; one response per measure and timepoint."""
    episode = _open_episode(member)
    if PromResponse.objects.filter(episode=episode, measure=measure, timepoint=timepoint).exists():
        raise CheckinError("You have already answered this questionnaire for this point.")
    score = scoring.score(measure, answers)
    row = PromResponse.objects.create(
        member=member,
        episode=episode,
        measure=measure,
        timepoint=timepoint,
        answers=answers,
        score=score,
    )
    _audit(by, row)
    return row


@transaction.atomic
def record_self_test(
    *, member: User, kind: str, left: float, right: float, by: User, day: date | None = None
) -> SelfTest:
    episode = _open_episode(member)
    row = SelfTest.objects.create(
        member=member,
        episode=episode,
        kind=kind,
        left=left,
        right=right,
        day=day or timezone.now().date(),
    )
    _audit(by, row)
    return row

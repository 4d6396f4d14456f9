"""Intake answers and triage: store the result and move the episode and plan to match it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from runcare.accounts.models import User
from runcare.clinical.fact_parsing import facts_to_dict
from runcare.clinical.facts import Facts
from runcare.clinical.intake.flow import answers_to_baseline
from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.engine import triage, triage_to_dict
from runcare.members.models import Episode, EpisodeStatus
from runcare.programs.actions.plans import create_plan, pause_plan, resume_plan, retire_plan
from runcare.programs.models import IntakeDraft, Plan, TriageRecord


@dataclass(frozen=True)
class TriageOutcome:
    record: TriageRecord
    plan: Plan | None


@transaction.atomic
def record_intake_answers(
    *, member: User, answers: Mapping[str, Any], by: User, intent: str | None = None
) -> IntakeDraft:
    """Merge ``answers`` into the member's open draft (values already validated by the form)."""
    draft = IntakeDraft.objects.select_for_update().filter(member=member, completed_at=None).first()
    if draft is None:
        version = load_questionnaire().version
        draft = IntakeDraft(member=member, questionnaire_version=version)
    draft.answers = {**draft.answers, **answers}
    if intent is not None:
        draft.intent = intent
    draft.updated_at = timezone.now()
    draft.save()
    return draft


def attach_visitor_answers(
    *, member: User, intent: str, answers: Mapping[str, Any], by: User
) -> IntakeDraft:
    """Move the answers an anonymous visitor gave into the new member's draft at sign-up."""
    return record_intake_answers(member=member, answers=answers, by=by, intent=intent)


def _open_episode(member: User, facts: Facts) -> Episode:
    episode = (
        Episode.objects.select_for_update()
        .filter(member=member, closed_at__isnull=True)
        .order_by("-opened_at")
        .first()
    )
    return episode or Episode(member=member, side=facts.side or "")


_STATUS = {
    TriageLevel.EMERGENCY: EpisodeStatus.REFERRED,
    TriageLevel.URGENT_DOCTOR: EpisodeStatus.REFERRED,
    TriageLevel.SEE_DOCTOR: EpisodeStatus.REFERRED,
    TriageLevel.SELF_CARE_PROGRAM: EpisodeStatus.ACTIVE,
}


@transaction.atomic
def complete_triage(
    *,
    member: User,
    facts: Facts,
    by: User,
    answers: Mapping[str, Any] | None = None,
    today: date | None = None,
) -> TriageOutcome:
    """Run the engine, store the record, and move the episode and plan to match the level.

    Emergency and urgent results never get a plan (an active one is paused); see-doctor gets a
    restricted plan of gentle, pain-free work; self-care gets the full plan, or has its paused
    plan resumed after a reassuring re-screen.
    """
    result = triage(facts)
    episode = _open_episode(member, facts)
    episode.status = _STATUS[result.level]
    episode.triage_level = result.level.value
    episode.condition = result.condition.value
    episode.side = facts.side or episode.side
    episode.save()
    record = TriageRecord.objects.create(
        member=member,
        episode=episode,
        facts=facts_to_dict(facts),
        result=triage_to_dict(result),
        level=result.level.value,
        condition=result.condition.value,
        ruleset_version=result.ruleset_version,
    )
    IntakeDraft.objects.filter(member=member, completed_at=None).update(completed_at=timezone.now())
    baseline = answers_to_baseline(answers) if answers else None
    plan = _plan_after_triage(member, episode, record, facts, result.level, by, today, baseline)
    return TriageOutcome(record, plan)


def _plan_after_triage(
    member: User,
    episode: Episode,
    record: Any,
    facts: Facts,
    level: TriageLevel,
    by: User,
    today: date | None,
    baseline: Mapping[str, Any] | None = None,
) -> Plan | None:
    current = Plan.objects.select_for_update().filter(episode=episode, active=True).first()
    fired = record.result["fired_rules"]
    top_rule = fired[0]["rule_id"] if fired else "R-SCREEN"
    if level in (TriageLevel.EMERGENCY, TriageLevel.URGENT_DOCTOR):
        if current is not None and not current.is_paused:
            reason = "The safety questions found signs that need a doctor first."
            pause_plan(plan=current, reason=reason, by=by, rule_id=top_rule)
        return None
    if current is not None and level is TriageLevel.SELF_CARE_PROGRAM:
        if current.is_paused:
            resume_plan(
                plan=current, reason="The repeated safety questions were reassuring.", by=by
            )
        return current
    if current is not None:
        retire_plan(current, "Replaced by a gentler plan until you have been examined.", by)
    return create_plan(
        member=member, episode=episode, triage_record=record, facts=facts, by=by, today=today,
        baseline=baseline,
    )  # fmt: skip

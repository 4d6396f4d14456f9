"""Check-in writes: idempotency, the re-screen trigger, and progression applied to the plan."""

from datetime import date, timedelta

import pytest

from runcare.audit.models import AuditEvent
from runcare.checkins.actions import record_checkin, record_self_test, submit_prom
from runcare.checkins.errors import CheckinError
from runcare.checkins.models import CheckIn, PromResponse
from runcare.members.models import EpisodeStatus
from runcare.programs.models import PlanChange
from tests.web.checkins.conftest import answers

pytestmark = pytest.mark.django_db
DAY = date(2026, 3, 2)


def test_a_retried_checkin_with_the_same_key_is_stored_once(member, planned, checkin):
    planned(member)
    first = checkin(member, key="retry-key-0001")
    again = checkin(member, key="retry-key-0001", pain_now=9)
    assert first.created and not again.created
    assert again.checkin.pk == first.checkin.pk
    assert CheckIn.objects.filter(member=member).count() == 1
    assert again.checkin.pain_now == 2


def test_the_same_key_from_two_members_is_two_checkins(member, other_member, planned, checkin):
    planned(member)
    planned(other_member)
    checkin(member, key="shared-key-0001")
    checkin(other_member, key="shared-key-0001")
    assert CheckIn.objects.count() == 2


def test_a_checkin_needs_an_episode_first(member):
    with pytest.raises(CheckinError, match="safety questions first"):
        record_checkin(member=member, data=answers(), idempotency_key="k" * 10, by=member)


def test_pain_rising_by_two_pauses_the_plan_for_a_rescreen(member, planned, checkin):
    plan = planned(member)
    checkin(member, day=DAY, pain_during=2)
    outcome = checkin(member, day=DAY + timedelta(days=1), pain_during=4)
    plan.refresh_from_db()
    assert outcome.rescreen
    assert outcome.checkin.rescreen_reasons == ["pain rose from 2 to 4"]
    assert plan.is_paused
    assert plan.episode.status == EpisodeStatus.PAUSED
    change = PlanChange.objects.get(plan=plan, target="paused")
    assert change.rule_id == "R-SCREEN" and change.inputs["pain_during"] == 4


def test_a_new_warning_sign_pauses_the_plan_even_on_the_first_checkin(member, planned, checkin):
    plan = planned(member)
    outcome = checkin(member, day=DAY, signs=["swelling"])
    plan.refresh_from_db()
    assert outcome.rescreen and plan.is_paused
    assert "new sign: swelling" in outcome.checkin.rescreen_reasons


def test_a_paused_plan_takes_checkins_without_deciding(member, planned, checkin):
    planned(member)
    checkin(member, day=DAY, signs=["redness"])
    later = checkin(member, day=DAY + timedelta(days=1), signs=["redness"])
    assert later.checkin.decision is None and not later.rescreen


def test_calm_days_meeting_the_stage_goals_move_the_plan_on(member, planned, checkin):
    plan = planned(member)
    start = plan.stage
    checkin(member, day=DAY, pain_during=1, stage_criteria_met=True)
    outcome = checkin(member, day=DAY + timedelta(days=2), pain_during=1, stage_criteria_met=True)
    plan.refresh_from_db()
    decision = outcome.checkin.decision
    assert decision["action"] == "progress" and decision["rule_id"] == "PR-STAGE-1"
    assert plan.stage != start and decision["next_stage"] == plan.stage
    change = PlanChange.objects.filter(plan=plan, target="stage").first()
    assert change.rule_id == "PR-STAGE-1" and change.evidence == ["S28"]
    assert change.inputs["criteria_days"] == 2


def test_morning_pain_above_baseline_steps_the_plan_back(member, planned, checkin):
    plan = planned(member)
    checkin(member, day=DAY, pain_during=3, pain_next_morning=1)
    outcome = checkin(member, day=DAY + timedelta(days=1), pain_during=3, pain_next_morning=4)
    assert outcome.checkin.decision["action"] == "regress"
    assert outcome.checkin.decision["explanation"]
    plan.refresh_from_db()
    assert outcome.checkin.decision["next_stage"] == plan.stage


def test_checkin_writes_are_audited_without_values(member, planned, checkin):
    planned(member)
    outcome = checkin(member, day=DAY)
    event = AuditEvent.objects.get(object_type="checkin", action="create")
    assert event.object_id == str(outcome.checkin.pk) and event.subject_member_id == member.pk


def test_prom_scores_through_the_clinical_core_once_per_timepoint(member, planned):
    planned(member)
    answers_ = {f"q{i}": 3 for i in range(1, 21)}
    row = submit_prom(
        member=member, measure="lefs", timepoint="baseline", answers=answers_, by=member
    )
    assert row.score == 60.0
    with pytest.raises(CheckinError, match="already answered"):
        submit_prom(
            member=member, measure="lefs", timepoint="baseline", answers=answers_, by=member
        )
    assert PromResponse.objects.count() == 1


def test_prom_refusals_are_readable(member, planned):
    planned(member)
    with pytest.raises(CheckinError, match="more than 2 items missing"):
        submit_prom(member=member, measure="lefs", timepoint="week_4", answers={}, by=member)


def test_self_test_is_stored_for_the_open_episode(member, planned):
    plan = planned(member)
    row = record_self_test(member=member, kind="heel_raises", left=18, right=25, by=member)
    assert row.episode_id == plan.episode_id

"""The program's writes: triage outcomes, plan changes with their rule ids, sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from runcare.clinical.exercises.library import load_library
from runcare.members.models import EpisodeStatus
from runcare.programs import actions
from runcare.programs.models import IntakeDraft, Plan, PlanChange, SessionLog, TriageRecord
from runcare.programs.sessions import exercises_due
from tests.web.programs.conftest import EMERGENCY, SEE_DOCTOR, URGENT

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("data", "level"), [(EMERGENCY, "emergency"), (URGENT, "urgent_doctor")])
def test_no_plan_for_emergency_or_urgent(member, triaged, data, level):
    outcome = triaged(member, data)
    assert outcome.plan is None
    assert outcome.record.level == level
    assert outcome.record.episode.status == EpisodeStatus.REFERRED
    assert not Plan.objects.filter(member=member).exists()


def test_see_doctor_gets_a_restricted_plan_and_a_referral(member, triaged):
    outcome = triaged(member, SEE_DOCTOR)
    assert outcome.record.episode.status == EpisodeStatus.REFERRED
    assert outcome.plan is not None
    assert outcome.plan.plan["restricted"] is True
    assert outcome.plan.stage in ("P0", "P1")
    assert outcome.plan.plan["run"]["allowed"] is False


def test_self_care_builds_a_plan_with_its_decisions_recorded(member, plan_of):
    plan = plan_of(member)
    assert plan.episode.status == EpisodeStatus.ACTIVE
    assert plan.decisions and all(d["rule_id"] and d["evidence"] for d in plan.decisions)
    created = PlanChange.objects.get(plan=plan)
    assert created.rule_id.startswith("P-STAGE") and created.to_value == plan.stage
    assert TriageRecord.objects.get(member=member).ruleset_version


def test_change_stage_rebuilds_exercises_and_records_the_rule(member, plan_of):
    plan = plan_of(member)
    before = {i["exercise_id"] for b in plan.plan["blocks"] for i in b["items"]}
    start = plan.stage
    change = actions.change_stage(
        plan=plan, new_stage="P3", rule_id="PR-STAGE-1", inputs={"criteria_days": 2},
        evidence=("S28",), reason="Criteria met on two days.", by=member,
    )  # fmt: skip
    plan.refresh_from_db()
    after = {i["exercise_id"] for b in plan.plan["blocks"] for i in b["items"]}
    assert plan.stage == "P3" and plan.plan["run"]["allowed"] is True
    assert before != after
    assert (change.rule_id, change.from_value, change.to_value) == ("PR-STAGE-1", start, "P3")
    assert change.evidence == ["S28"] and change.kind == "auto"


def test_change_stage_refuses_unknown_stage_and_missing_reason(member, plan_of):
    plan = plan_of(member)
    with pytest.raises(actions.ProgramError):
        actions.change_stage(
            plan=plan, new_stage="P9", rule_id="X", inputs={}, evidence=("CK",), reason="x",
            by=member,
        )  # fmt: skip
    with pytest.raises(actions.ProgramError):
        actions.change_stage(
            plan=plan, new_stage="P2", rule_id="", inputs={}, evidence=("CK",), reason="",
            by=member,
        )  # fmt: skip


def test_pause_then_reassuring_rescreen_resumes(member, plan_of, triaged):
    plan = plan_of(member)
    actions.pause_plan(plan=plan, reason="Pain rose by 3.", by=member)
    plan.refresh_from_db()
    assert plan.is_paused and plan.episode.status == EpisodeStatus.PAUSED
    with pytest.raises(actions.ProgramError):
        actions.start_session(plan=plan, by=member)
    outcome = triaged(member)
    plan.refresh_from_db()
    assert outcome.plan == plan and not plan.is_paused
    kinds = list(PlanChange.objects.filter(plan=plan).values_list("target", "to_value"))
    assert ("paused", "paused") in kinds and ("paused", "running") in kinds


def test_urgent_rescreen_pauses_the_active_plan(member, plan_of, triaged):
    plan = plan_of(member)
    triaged(member, URGENT)
    plan.refresh_from_db()
    assert plan.is_paused
    change = PlanChange.objects.filter(plan=plan, target="paused").first()
    assert change is not None and change.rule_id != ""


def test_therapist_override_of_stage_and_dose(member, therapist, plan_of):
    plan = plan_of(member)
    exercise = "standing_calf_stretch"  # in the plan at P1 and P2
    changes = actions.override_plan(
        plan=plan,
        changes={"stage": "P1", "dose": {exercise: {"sets": 2}}},
        reason="Strong on the heel-raise test in clinic.",
        by=therapist,
    )
    assert [c.kind for c in changes] == ["therapist", "therapist"]
    assert all(c.rule_id == "T-OVERRIDE" and c.by == therapist for c in changes)
    with pytest.raises(actions.ProgramError):
        actions.override_plan(plan=plan, changes={"stage": "P3"}, reason=" ", by=therapist)
    with pytest.raises(actions.ProgramError):
        actions.override_plan(
            plan=plan, changes={"dose": {"nope": {"sets": 2}}}, reason="x", by=therapist
        )


def test_session_done_too_painful_regression_and_summary(member, plan_of):
    plan = plan_of(member)
    session = actions.start_session(plan=plan, by=member)
    assert session.exercise_ids
    library = load_library()
    painful = next(i for i in session.exercise_ids if library[i].regression)
    first = next(i for i in session.exercise_ids if i != painful)
    actions.log_exercise(session=session, exercise_id=first, sets_done=3, side="both", by=member)
    regression = actions.report_too_painful(
        session=session, exercise_id=painful, pain=6, side="left", by=member
    )
    assert regression is not None
    session = actions.use_regression(session=session, exercise_id=painful, by=member)
    assert session.exercise_ids[session.exercise_ids.index(painful) + 1] == regression
    session = actions.finish_session(session=session, by=member)
    assert session.completed_at is not None
    assert session.results[painful] == {
        "status": "too_painful", "sets_done": 0, "side": "left", "pain": 6,
        "swapped_for": regression,
    }  # fmt: skip
    assert session.results[regression]["status"] == "skipped"


def test_session_input_is_checked(member, plan_of):
    session = actions.start_session(plan=plan_of(member), by=member)
    ex = session.exercise_ids[0]
    for kwargs in ({"pain": 11}, {"pain": -1}):
        with pytest.raises(actions.ProgramError):
            actions.report_too_painful(
                session=session, exercise_id=ex, side="", by=member, **kwargs
            )
    with pytest.raises(actions.ProgramError):
        actions.log_exercise(session=session, exercise_id="nope", sets_done=1, side="", by=member)
    with pytest.raises(actions.ProgramError):
        actions.log_exercise(session=session, exercise_id=ex, sets_done=1, side="up", by=member)


def test_log_session_at_once(member, plan_of):
    plan = plan_of(member)
    day = timezone.now().date()
    ids = actions.start_session(plan=plan, by=member, day=day).exercise_ids
    results = {ids[0]: {"status": "done", "sets_done": 2, "side": "both"}}
    session = actions.log_session(plan=plan, results=results, by=member, day=day)
    assert session.completed_at and session.results[ids[0]]["status"] == "done"
    assert SessionLog.objects.filter(plan=plan).count() == 1


def test_intake_draft_merges_and_one_open_draft_per_member(member):
    actions.record_intake_answers(
        member=member, answers={"fever": False}, by=member, intent="other"
    )
    draft = actions.record_intake_answers(member=member, answers={"dark_urine": False}, by=member)
    assert draft.answers == {"fever": False, "dark_urine": False} and draft.intent == "other"
    with pytest.raises(IntegrityError):
        IntakeDraft.objects.create(member=member, questionnaire_version="x")


def test_one_active_plan_per_episode(member, plan_of):
    plan = plan_of(member)
    with pytest.raises(IntegrityError):
        Plan.objects.create(
            member=member, episode=plan.episode, plan={}, stage="P1", ruleset_version="x",
            library_version="x", created_at=timezone.now() - timedelta(days=1),
        )  # fmt: skip


def test_rest_day_has_no_session(member, plan_of):
    plan = plan_of(member)
    rest = next(
        timezone.now().date() + timedelta(days=n)
        for n in range(7)
        if not exercises_due(plan.plan, timezone.now().date() + timedelta(days=n))
    )
    with pytest.raises(actions.ProgramError):
        actions.start_session(plan=plan, by=member, day=rest)

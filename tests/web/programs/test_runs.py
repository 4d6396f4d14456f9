"""Scheduled runs: the walk/run rhythm, matching recorded runs, run pain deciding the next level,
and a spiking run swapping the next run for cross-training."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from runcare.activities.actions import record_run_pain
from runcare.programs import runs
from runcare.programs.models import Plan, PlanChange, RunDecision
from runcare.programs.run_matching import match_runs
from runcare.programs.sessions import exercises_due
from tests.web.checkins.conftest import make_plan
from tests.web.programs.conftest import TODAY, a_run, walk_run_plan

pytestmark = pytest.mark.django_db


def pain(member: Any, activity: Any, during: int | None, after: int | None = None,
         next_morning: int | None = None) -> Any:  # fmt: skip
    return record_run_pain(activity=activity, during=during, after=after,
                           next_morning=next_morning, by=member)  # fmt: skip


# --- the rhythm ---------------------------------------------------------------------------


def test_ladders_follow_the_interval_table_and_the_calf_strain_phases() -> None:
    table = runs.ladder({"walk_run_stage": 1})
    assert [lvl.key for lvl in table] == [str(n) for n in range(1, 11)]
    assert table[0].total_min == 25 and len(table[0].steps) == 10
    assert table[7].steps[-1] == "Then run another 15 minutes"
    assert table[9].steps == ["Run 30 minutes without walking."]
    calf = runs.ladder({"calf_phase": "A"})
    assert [lvl.key for lvl in calf] == ["A", "B", "C", "5", "6", "7", "8", "9", "10"]


def test_runs_every_other_day_with_cross_training_between(member) -> None:
    plan = walk_run_plan(member, TODAY)
    days = runs.planned_days(plan.plan, TODAY - timedelta(days=1), TODAY + timedelta(days=4))
    assert [(p.day - TODAY).days for p in days] == [0, 1, 2, 3, 4]
    assert [p.kind for p in days] == ["run", "cross_training", "run", "cross_training", "run"]
    assert days[0].level.title == "Walk/run stage 1"
    off_day = [i["block"] for i in exercises_due(plan.plan, TODAY + timedelta(days=1))]
    run_day = [i["block"] for i in exercises_due(plan.plan, TODAY)]
    assert "cross_training" in off_day and "cross_training" not in run_day


def test_no_schedule_before_running_opens(member) -> None:
    plan = make_plan(member)
    assert plan.stage in ("P0", "P1", "P2") and runs.planned_day(plan.plan, TODAY) is None


def test_matching_takes_the_same_day_first_then_one_day_either_side(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=8))
    a_run(member, TODAY - timedelta(days=8))  # on its day
    a_run(member, TODAY - timedelta(days=5))  # a day late for -6
    a_run(member, TODAY - timedelta(days=3), km=2)  # an off day, next to -4 and -2: goes to -4
    a_run(member, TODAY - timedelta(days=2), km=4)  # on its day
    from runcare.activities.queries import runs_for_plan

    recorded = runs_for_plan(member, TODAY - timedelta(days=9), TODAY)
    planned = runs.planned_days(plan.plan, TODAY - timedelta(days=8), TODAY + timedelta(days=2))
    slots, extra = match_runs(planned, recorded, TODAY)
    status = {(s.day - TODAY).days: s.status for s in slots}
    assert status == {-8: "done", -6: "done", -4: "done", -2: "done", 0: "due", 2: "upcoming"}
    assert extra == []
    recorded.append(recorded[0].__class__(**{**recorded[0].__dict__, "activity_id": 999}))
    assert [r.activity_id for r in match_runs(planned, recorded, TODAY)[1]] == [999]


def test_a_scheduled_run_two_days_past_without_a_run_is_missed(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2))
    planned = runs.planned_days(plan.plan, TODAY - timedelta(days=2), TODAY)
    assert [s.status for s in match_runs(planned, [], TODAY)[0]] == ["missed", "due"]


# --- pages --------------------------------------------------------------------------------


def test_program_page_shows_done_missed_and_upcoming_runs(member, login_as) -> None:
    walk_run_plan(member, TODAY - timedelta(days=4))
    done = a_run(member, TODAY - timedelta(days=4), km=3.2)
    pain(member, done, 1, 1)
    html = login_as(member).get("/program/").content.decode()
    assert "Scheduled runs" in html and "Walk/run stage 1" in html
    assert "3.20 km" in html and "Missed" in html and "Upcoming" in html and "Today" in html
    assert "Pain stayed within the acceptable zone" in html  # the decision on the done run


def test_program_page_reads_runs_without_a_query_per_row(
    member, login_as, django_assert_max_num_queries
) -> None:
    walk_run_plan(member, TODAY - timedelta(days=12))
    client = login_as(member)
    a_run(member, TODAY - timedelta(days=12))
    with django_assert_max_num_queries(60) as few:
        client.get("/program/")
    for n in range(1, 6):
        a_run(member, TODAY - timedelta(days=12 - 2 * n))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/program/")


def test_today_shows_the_walk_run_checklist_on_a_run_day(member, login_as) -> None:
    walk_run_plan(member, TODAY)
    html = login_as(member).get("/today/").content.decode()
    assert "Today&#x27;s run: Walk/run stage 1" in html or "Today's run: Walk/run stage 1" in html
    assert html.count('type="checkbox"') == 10 and "Walk 4 min" in html
    assert "Run today: Walk/run stage 1" in login_as(member).get("/home/").content.decode()


def test_a_run_during_a_no_running_stage_gets_a_kind_note(member, login_as) -> None:
    make_plan(member)
    a_run(member, TODAY - timedelta(days=1))
    html = login_as(member).get("/program/").content.decode()
    assert "Your plan has no running yet" in html


def test_runs_api_lists_slots_and_is_scoped(member, other_member, login_as) -> None:
    walk_run_plan(member, TODAY - timedelta(days=2))
    a_run(member, TODAY - timedelta(days=2), km=2.5)
    body = login_as(member).get(f"/api/v1/programs/members/{member.pk}/runs").json()
    assert body["level"]["title"] == "Walk/run stage 1" and body["level"]["total_min"] == 25
    assert body["slots"][0]["status"] == "done" and body["slots"][0]["distance_m"] == 2500
    other = login_as(other_member).get(f"/api/v1/programs/members/{member.pk}/runs")
    assert other.status_code == 404


def test_calendar_feed_lists_run_days(member) -> None:
    from runcare.mydata.ics import calendar

    plan = walk_run_plan(member, TODAY)
    plan.plan["blocks"] = []  # only the running rhythm is left
    feed = calendar([plan], today=TODAY, now=timezone.now(), open_url="https://x.test/",
                    title="t", summary="RunCare exercise session")  # fmt: skip
    assert f"DTSTART;VALUE=DATE:{TODAY:%Y%m%d}" in feed
    assert f"DTSTART;VALUE=DATE:{TODAY + timedelta(days=1):%Y%m%d}" not in feed


# --- run pain decides ---------------------------------------------------------------------


def _level(plan: Plan) -> str:
    plan.refresh_from_db()
    return runs.current_level(plan.plan).title


def test_two_calm_runs_advance_one_walk_run_stage(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2))
    first = pain(member, a_run(member, TODAY - timedelta(days=2)), 1, 1)
    assert "repeat this level" in first.plan_notes[0] and "PR-REPEAT-1" in first.plan_notes[0]
    second = pain(member, a_run(member, TODAY), 2, 1)
    assert "PR-PROG-1" in second.plan_notes[0] and "Walk/run stage 2" in second.plan_notes[0]
    assert _level(plan) == "Walk/run stage 2"
    change = PlanChange.objects.get(plan=plan, target="walk/run level")
    assert (change.rule_id, change.from_value, change.to_value) == (
        "PR-PROG-1", "Walk/run stage 1", "Walk/run stage 2")  # fmt: skip
    assert change.inputs["pain_during"] == 2 and change.evidence == ["S40", "S41"]


def test_pain_in_the_acceptable_zone_repeats_the_stage(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2), level=2)
    pain(member, a_run(member, TODAY - timedelta(days=2)), 1)
    note = pain(member, a_run(member, TODAY), 4).plan_notes[0]
    assert "PR-REPEAT-1" in note and _level(plan) == "Walk/run stage 3"


def test_too_much_pain_drops_a_stage_adds_a_rest_day_and_swaps_the_next_run(member) -> None:
    plan = walk_run_plan(member, TODAY, level=3)
    note = pain(member, a_run(member, TODAY), 6).plan_notes[0]
    assert "PR-REG-1" in note and _level(plan) == "Walk/run stage 3"
    tomorrow, next_run = TODAY + timedelta(days=1), TODAY + timedelta(days=2)
    assert runs.planned_day(plan.plan, tomorrow).kind == "rest"
    swapped = runs.planned_day(plan.plan, next_run)
    assert swapped.kind == "cross_training" and swapped.swap["rule_id"] == "PR-REG-1"
    assert swapped.swap["exercise_id"] == "pool_running" and swapped.swap["minutes"] == 25
    assert runs.planned_day(plan.plan, TODAY + timedelta(days=4)).is_run
    due = exercises_due(plan.plan, next_run)
    assert [(i["exercise_id"], i["hold_s"]) for i in due if i["block"] == "cross_training"] == [
        ("pool_running", 1500)]  # fmt: skip
    assert PlanChange.objects.filter(plan=plan, target="run", rule_id="PR-REG-1").exists()


def test_next_morning_pain_recorded_later_decides_again_from_the_same_stage(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2), level=1)
    pain(member, a_run(member, TODAY - timedelta(days=4)), 0)
    run = a_run(member, TODAY - timedelta(days=2))
    pain(member, run, 1)
    assert _level(plan) == "Walk/run stage 2"  # one calm run: repeat
    pain(member, run, 1, next_morning=4)
    row = RunDecision.objects.get(activity=run)
    assert row.decision["rule_id"] == "PR-REG-1" and row.level_before == 1
    assert _level(plan) == "Walk/run stage 1"


def test_two_steps_back_in_a_row_pause_the_plan_for_an_assessment(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2), level=4)
    pain(member, a_run(member, TODAY - timedelta(days=2)), 6)
    note = pain(member, a_run(member, TODAY), 6).plan_notes[0]
    plan.refresh_from_db()
    assert plan.is_paused and "PR-REG-2" in note
    assert PlanChange.objects.filter(plan=plan, target="paused", rule_id="PR-REG-2").exists()


def test_a_step_back_from_the_first_stage_stops_running(member) -> None:
    plan = walk_run_plan(member, TODAY)
    note = pain(member, a_run(member, TODAY), 6).plan_notes[0]
    plan.refresh_from_db()
    assert plan.stage == "P2" and not runs.has_schedule(plan.plan) and "No running" in note


def test_only_session_pain_decides_and_unscheduled_runs_change_nothing(member) -> None:
    plan = walk_run_plan(member, TODAY - timedelta(days=2))
    morning_only = pain(member, a_run(member, TODAY), None, None, 2)
    assert "during or right after" in morning_only.plan_notes[0]
    assert pain(member, a_run(member, TODAY - timedelta(days=6)), 1).plan_notes == []
    assert not RunDecision.objects.filter(plan=plan).exists()

"""Scheduled runs in a real Chromium: a member at a walk/run stage sees the runs planned and
today's checklist, imports a run that matches, records pain on it and reads the decision; a run
twice the month's longest swaps the next run for cross-training. axe on each page."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from playwright.sync_api import expect

from runcare.activities.actions import record_run_pain
from runcare.activities.demo import strava_export_zip
from runcare.activities.models import Activity
from runcare.programs.models import PlanChange
from runcare.training.fitwriter import SyntheticRun, run_file
from tests.e2e.a11y import assert_accessible
from tests.e2e.conftest import shoot
from tests.e2e.test_platform_flows import sign_in
from tests.web.programs.conftest import TODAY, a_run, walk_run_plan

pytestmark = pytest.mark.django_db(transaction=True)


def _import(page, path) -> None:
    page.goto("/runs/import/")
    page.get_by_label("Activity file or account export").set_input_files(str(path))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", name="Import finished")).to_be_visible()


def test_walk_run_schedule_matched_run_pain_and_decision(page, member, tmp_path):
    plan = walk_run_plan(member, TODAY - timedelta(days=2))
    earlier = a_run(member, TODAY - timedelta(days=2), km=2.4)
    record_run_pain(activity=earlier, during=1, after=1, next_morning=None, by=member)
    sign_in(page, member.email)

    page.goto("/program/")
    runs = page.locator(".run-slots")
    expect(runs).to_contain_text("Walk/run stage 1")
    expect(page.locator(".run-slot--done")).to_contain_text("2.40 km")
    expect(page.locator(".run-slot--due")).to_contain_text("Today")
    assert_accessible(page)
    shoot(page, "running-plan-schedule")

    page.goto("/today/")
    expect(page.get_by_role("heading", name="Today's run: Walk/run stage 1")).to_be_visible()
    page.get_by_label("Run 1 min (round 1 of 5)").check()
    expect(page.get_by_label("Walk 4 min").first).to_be_visible()
    assert_accessible(page)
    shoot(page, "running-plan-today")

    start = max(datetime.now(UTC) - timedelta(minutes=40), datetime.combine(TODAY, time(0, 5),
                tzinfo=UTC))  # fmt: skip
    watch = tmp_path / "today.fit"
    watch.write_bytes(run_file(SyntheticRun(start, 2600, 1500, interval_s=5)))
    _import(page, watch)
    page.get_by_role("link", name="See your runs").click()
    page.get_by_role("link", name=re.compile(r"^\w{3} \d")).first.click()
    page.get_by_label("Pain during the run").fill("2")
    page.get_by_label("Pain right after").fill("1")
    page.get_by_role("button", name="Save pain").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Two calm sessions")
    expect(status).to_contain_text("Next run: Walk/run stage 2")
    assert_accessible(page)
    shoot(page, "running-plan-decision")

    page.get_by_role("link", name="See your running plan").click()
    expect(page.locator(".run-slot--done")).to_have_count(2)
    expect(page.locator("#runs")).to_contain_text("Now: Walk/run stage 2")
    expect(page.locator(".history")).to_contain_text("Walk/run stage 1 → Walk/run stage 2")
    expect(page.locator(".history")).to_contain_text("PR-PROG-1")
    assert PlanChange.objects.filter(plan=plan, rule_id="PR-PROG-1").count() == 1
    assert page.console_errors == []


def test_a_doubled_run_swaps_the_next_run_for_cross_training(page, member, tmp_path):
    walk_run_plan(member, TODAY - timedelta(days=2))
    base = datetime.combine(TODAY - timedelta(days=20), time(7), tzinfo=UTC)
    history = [SyntheticRun(base + timedelta(days=3 * i), 3000, 1100, interval_s=10)
               for i in range(6)]  # fmt: skip
    history.append(SyntheticRun(base + timedelta(days=18), 6500, 2400, interval_s=10))
    export = tmp_path / "export.zip"
    export.write_bytes(strava_export_zip(history))
    sign_in(page, member.email)
    _import(page, export)
    assert Activity.objects.filter(member=member).count() == 7

    page.goto("/program/")
    swapped = page.locator(".run-slot--swapped")
    expect(swapped).to_contain_text("Pool running, 25 min")
    expect(swapped).to_contain_text("L1-SPIKE")
    expect(page.locator(".history")).to_contain_text("longer than your longest run")
    assert_accessible(page)
    shoot(page, "running-plan-spike-swap")
    assert page.console_errors == []

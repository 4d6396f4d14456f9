"""The second demo member shows the walk/run schedule: runs done with pain, one stage up."""

import pytest

from runcare.programs import runs
from runcare.programs.models import Plan, RunDecision

pytestmark = pytest.mark.django_db


def test_demo_walk_run_member_is_idempotent_and_shows_scheduled_runs(client):
    from runcare.demo import load_demo

    load_demo()
    load_demo()
    plan = Plan.objects.get(member__email="sam@demo.runcare.test")
    assert plan.stage == "P3" and runs.current_level(plan.plan).title == "Walk/run stage 2"
    rules = [d.decision["rule_id"] for d in RunDecision.objects.filter(plan=plan).order_by("day")]
    assert rules == ["PR-REPEAT-1", "PR-PROG-1", "PR-REPEAT-1"]
    client.force_login(plan.member)
    html = client.get("/program/").content.decode()
    assert html.count("run-slot--done") == 3 and "Today" in html

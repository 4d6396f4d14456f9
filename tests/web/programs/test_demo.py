"""The demo member arrives with a finished intake, a P1-P2 plan and a few sessions."""

import pytest

from runcare.programs.models import Plan, SessionLog

pytestmark = pytest.mark.django_db


def test_demo_program_is_idempotent():
    from runcare.demo import load_demo

    load_demo()
    load_demo()
    plan = Plan.objects.get(member__email="member@demo.runcare.test")
    assert plan.stage in ("P1", "P2") and plan.episode.status == "active"
    sessions = SessionLog.objects.filter(plan=plan)
    assert sessions.count() == 4 and all(s.completed_at for s in sessions)
    assert any(s.too_painful_count for s in sessions)

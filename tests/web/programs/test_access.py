"""Who may see and change a program: the member, an assigned therapist, nobody else (404)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from runcare.audit.models import AuditEvent
from runcare.programs import actions
from runcare.programs.models import PlanChange
from tests.clinical.cases import BENIGN

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(member, plan_of):
    plan = plan_of(member)
    session = actions.start_session(plan=plan, by=member)
    return plan, session


def member_pages(plan, session) -> list[str]:
    return [
        f"/check/result/{plan.triage_id}/",
        f"/sessions/{session.pk}/",
    ]


def member_api(member, plan, session) -> list[str]:
    return [
        f"/api/v1/programs/triage/{plan.triage_id}",
        f"/api/v1/programs/members/{member.pk}/plan",
        f"/api/v1/programs/members/{member.pk}/plan/changes",
        f"/api/v1/programs/sessions/{session.pk}",
    ]


def test_another_member_gets_404_everywhere(setup, member, other_member, login_as):
    plan, session = setup
    client = login_as(other_member)
    for url in [*member_pages(plan, session), *member_api(member, plan, session)]:
        assert client.get(url).status_code == 404, url
    posts = [
        (f"/sessions/{session.pk}/done/", {"exercise_id": session.exercise_ids[0], "sets_done": 1}),
        (
            f"/sessions/{session.pk}/too-painful/",
            {"exercise_id": session.exercise_ids[0], "pain": 3},
        ),
        (f"/sessions/{session.pk}/finish/", {}),
        (f"/care/members/{member.pk}/plan/", {"stage": "P1", "reason": "x"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    api_posts = [
        (f"/api/v1/programs/sessions/{session.pk}/done", {"exercise_id": "x", "sets_done": 1}),
        (f"/api/v1/programs/sessions/{session.pk}/too-painful", {"exercise_id": "x", "pain": 1}),
        (f"/api/v1/programs/sessions/{session.pk}/finish", {}),
        (f"/api/v1/programs/members/{member.pk}/plan/override", {"stage": "P1", "reason": "x"}),
    ]
    for url, body in api_posts:
        response = client.post(url, json.dumps(body), content_type="application/json")
        assert response.status_code == 404, url
    assert AuditEvent.objects.filter(actor_id=other_member.pk, action="authz_fail").exists()
    # their own program pages show nothing of the other member
    own = client.get("/program/")
    assert own.templates[0].name == "programs/no_program.html"
    assert member.first_name not in own.content.decode()


def test_assigned_therapist_can_view_and_override(setup, member, therapist, assign, login_as):
    plan, _ = setup
    assign(therapist, member)
    client = login_as(therapist)
    page = client.get(f"/care/members/{member.pk}/plan/")
    assert page.status_code == 200 and "Change the stage or a dose" in page.content.decode()
    response = client.post(f"/care/members/{member.pk}/plan/", {"stage": "P1", "reason": ""})
    assert response.status_code == 200 and "Say why" in response.content.decode()
    response = client.post(
        f"/care/members/{member.pk}/plan/", {"stage": "P1", "reason": "Seen in clinic: go gently."}
    )
    assert response.status_code == 302
    change = PlanChange.objects.get(plan=plan, kind="therapist")
    assert (change.rule_id, change.to_value, change.by) == ("T-OVERRIDE", "P1", therapist)
    body = {"exercise_id": "standing_calf_stretch", "sets": 2, "reason": "Fewer sets for now."}
    api = client.post(
        f"/api/v1/programs/members/{member.pk}/plan/override",
        json.dumps(body),
        content_type="application/json",
    )
    assert api.status_code == 200, api.content
    assert api.json()[0]["target"] == "dose:standing_calf_stretch"
    member_client = login_as(member)
    page = member_client.get("/program/").content.decode()
    assert "Changed by your therapist" in page and "Seen in clinic: go gently." in page


def test_unassigned_therapist_cannot(setup, member, therapist, login_as):
    client = login_as(therapist)
    assert client.get(f"/care/members/{member.pk}/plan/").status_code == 404
    assert client.get(f"/api/v1/programs/members/{member.pk}/plan").status_code == 404


def test_member_cannot_override_own_plan(setup, member, login_as):
    client = login_as(member)
    assert client.get(f"/care/members/{member.pk}/plan/").status_code == 404
    body = {"stage": "P4", "reason": "I feel fine"}
    response = client.post(
        f"/api/v1/programs/members/{member.pk}/plan/override",
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 403


def test_reads_are_audited(setup, member, login_as):
    _plan, session = setup
    client = login_as(member)
    before = AuditEvent.objects.count()
    client.get("/program/")
    client.get(f"/sessions/{session.pk}/")
    types = set(
        AuditEvent.objects.filter(pk__gt=before, subject_member_id=member.pk).values_list(
            "object_type", flat=True
        )
    )
    assert {"plan", "planchange", "sessionlog"} <= types


def test_program_page_query_count_does_not_grow_with_history(setup, member, login_as):
    plan, _ = setup
    client = login_as(member)
    client.get("/program/")

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/program/").status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for stage in ("P3", "P1", "P2", "P3", "P1"):
        actions.change_stage(
            plan=plan, new_stage=stage, rule_id="PR-STAGE-1", inputs={}, evidence=("S28",),
            reason="test", by=member,
        )  # fmt: skip
    assert count() == few


def test_api_triage_for_visitor_stores_nothing_and_validates(client):
    response = client.post(
        "/api/v1/programs/triage", json.dumps({"answers": BENIGN}), content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["triage"] == "self_care_program"
    assert response.json()["id"] is None
    bad = client.post(
        "/api/v1/programs/triage",
        json.dumps({"answers": {"pain_0_10": 14}}),
        content_type="application/json",
    )
    assert bad.status_code == 422 and "pain_0_10" in bad.json()["error"]["fields"]


def test_api_member_session_flow_same_validation(member, plan_of, login_as):
    plan_of(member)
    client = login_as(member)
    triage = client.post(
        "/api/v1/programs/triage", json.dumps({"answers": BENIGN}), content_type="application/json"
    )
    assert triage.json()["id"] and triage.json()["plan_id"]
    session = client.post("/api/v1/programs/sessions").json()
    ex = session["exercise_ids"][0]
    url = f"/api/v1/programs/sessions/{session['id']}"
    bad = client.post(
        f"{url}/too-painful",
        json.dumps({"exercise_id": ex, "pain": 11}),
        content_type="application/json",
    )
    assert bad.status_code == 422 and "pain" in bad.json()["error"]["fields"]
    ok = client.post(
        f"{url}/too-painful",
        json.dumps({"exercise_id": ex, "pain": 7}),
        content_type="application/json",
    )
    assert ok.status_code == 200 and ok.json()["results"][ex]["pain"] == 7
    done = client.post(f"{url}/finish", "{}", content_type="application/json")
    assert done.json()["completed_at"]

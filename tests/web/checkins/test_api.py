"""Check-in API: idempotent create, validation like the form, and strict scope."""

import pytest

from runcare.checkins.models import CheckIn
from tests.web.checkins.conftest import answers

pytestmark = pytest.mark.django_db


def _body(**over):
    data = answers(**over)
    data.pop("pain_next_morning")
    return {"idempotency_key": "api-key-0001", **data}


def test_create_is_idempotent(login_as, member, planned):
    planned(member)
    client = login_as(member)
    first = client.post("/api/v1/checkins", _body(), content_type="application/json")
    again = client.post("/api/v1/checkins", _body(), content_type="application/json")
    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    assert first.json()["decision"]["rule_id"] == "PR-REPEAT-1"
    assert CheckIn.objects.count() == 1


def test_validation_names_the_field(login_as, member, planned):
    planned(member)
    response = login_as(member).post(
        "/api/v1/checkins",
        _body(pain_during=12, signs=["hiccups"]),
        content_type="application/json",
    )
    fields = response.json()["error"]["fields"]
    assert response.status_code == 422
    assert fields["pain_during"] == ["Ensure this value is less than or equal to 10."]
    assert "hiccups" in fields["signs"][0]


def test_without_an_episode_the_api_says_what_to_do(login_as, member):
    response = login_as(member).post("/api/v1/checkins", _body(), content_type="application/json")
    assert response.status_code == 409 and "safety questions" in response.json()["error"]["message"]


def test_another_member_cannot_read_a_checkin(login_as, member, other_member, planned, checkin):
    planned(member)
    row = checkin(member).checkin
    client = login_as(other_member)
    assert client.get(f"/api/v1/checkins/{row.pk}").status_code == 404
    assert client.get("/api/v1/checkins").json() == []


def test_proms_and_self_tests(login_as, member, planned):
    planned(member)
    client = login_as(member)
    body = {
        "measure": "psfs",
        "timepoint": "baseline",
        "answers": {"activity_1": "Run", "rating_1": 4},
    }
    assert (
        client.post("/api/v1/proms", body, content_type="application/json").json()["score"] == 4.0
    )
    assert client.post("/api/v1/proms", body, content_type="application/json").status_code == 409
    bad = {"measure": "lefs", "timepoint": "week_4", "answers": {"q1": 7}}
    assert client.post("/api/v1/proms", bad, content_type="application/json").status_code == 422
    test = {"kind": "heel_raises", "left": 20, "right": 25}
    assert (
        client.post("/api/v1/self-tests", test, content_type="application/json").status_code == 201
    )
    assert len(client.get("/api/v1/self-tests").json()) == 1
    assert len(client.get("/api/v1/proms").json()) == 1

"""The program pages: intake for visitors and members, results per level, program, player."""

from __future__ import annotations

from typing import Any

import pytest

from runcare.clinical.intake.flow import next_screen
from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.programs.forms import NO, UNSURE, YES
from runcare.programs.models import IntakeDraft, Plan, SessionLog, TriageRecord
from tests.clinical.cases import BENIGN
from tests.web.programs.conftest import EMERGENCY, SEE_DOCTOR, URGENT

pytestmark = pytest.mark.django_db


def form_value(value: Any) -> Any:
    if value is True:
        return YES
    if value is False:
        return NO
    if value is None:
        return UNSURE
    if isinstance(value, list):
        return "\n".join(value)
    return value


def answer_all(client: Any, facts: dict[str, Any]) -> None:
    """Walk the questionnaire screen by screen as a browser without JavaScript would."""
    for _ in range(20):
        response = client.get("/check/")
        assert response.status_code == 200
        screen = response.context.get("screen")
        if screen is None:
            return
        data = {
            q.key: form_value(facts.get(q.key, None if q.type == "boolean" else ""))
            for q in screen.questions
            if q.measure not in ("lefs", "psfs", "visa_a")
        }
        data = {k: ("" if v is None else v) for k, v in data.items()}
        response = client.post("/check/", data)
        assert response.status_code == 302, response.context["form"].errors
    raise AssertionError("questionnaire did not finish")


def test_intent_routes(client):
    response = client.post("/start/", {"intent": "just_researching"})
    assert response["Location"] == "/lessons/"
    response = client.post("/start/", {"intent": "expert_care_now"})
    assert response["Location"] == "/check/"
    response = client.post("/start/", {"intent": "is_pt_right_for_me"})
    assert response["Location"] == "/start/physical-therapy/"
    response = client.post("/start/", {})
    assert response.status_code == 200 and "Choose the answer" in response.content.decode()


def test_red_flags_come_first_and_validation_is_clear(client):
    response = client.get("/check/")
    assert response.context["screen"].id == load_questionnaire().screens[0].id == "emergency_signs"
    response = client.post("/check/", {"fever": "maybe"})
    assert response.status_code == 200
    assert "Choose yes, no or not sure." in response.content.decode()


def test_visitor_reaches_emergency_result_without_account(client):
    answer_all(client, EMERGENCY)
    response = client.post("/check/finish/")
    assert response["Location"] == "/check/result/"
    page = client.get("/check/result/").content.decode()
    assert "Get emergency help now" in page and "What to tell them" in page
    assert not TriageRecord.objects.exists()


def test_visitor_answers_are_claimed_at_sign_up(client):
    answer_all(client, BENIGN)
    client.post("/check/finish/")
    assert "Create a free account" in client.get("/check/result/").content.decode()
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.test", "name": "Nia", "password": "a long pass phrase 42",
         "accept_terms": "on", "consent": "on"},
    )  # fmt: skip
    assert response.status_code == 302, response.content
    client.get("/home/")
    record = TriageRecord.objects.get(member__email="new@example.test")
    assert record.level == "self_care_program"
    assert Plan.objects.filter(member=record.member, active=True).exists()


@pytest.mark.parametrize(
    ("facts", "text", "has_plan"),
    [
        (EMERGENCY, "Get emergency help now", False),
        (URGENT, "Please see a doctor today", False),
        (SEE_DOCTOR, "Have your leg examined in person", True),
        (BENIGN, "You can start the exercise program", True),
    ],
)
def test_member_intake_ends_in_each_level(login_as, member, facts, text, has_plan):
    client = login_as(member)
    answer_all(client, facts)
    assert IntakeDraft.objects.get(member=member).answers
    response = client.post("/check/finish/")
    record = TriageRecord.objects.get(member=member)
    assert response["Location"] == f"/check/result/{record.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert text in page and "Print this page" in page
    assert Plan.objects.filter(member=member).exists() is has_plan


def test_answers_are_kept_when_the_member_comes_back(login_as, member):
    client = login_as(member)
    first = load_questionnaire().screens[0]
    client.post("/check/", {q.key: NO for q in first.questions})
    draft = IntakeDraft.objects.get(member=member)
    assert next_screen(draft.answers).id != first.id
    back = client.get(f"/check/?screen={first.id}")
    assert back.context["form"].initial[first.questions[0].key] == NO


def test_program_today_and_player(login_as, member, plan_of):
    plan = plan_of(member)
    client = login_as(member)
    page = client.get("/program/").content.decode()
    assert "What unlocks the next stage" in page and "Why this plan" in page
    assert "S28" in page or "S26" in page
    assert client.get("/today/").status_code == 200
    response = client.post("/today/start/")
    session = SessionLog.objects.get(plan=plan)
    assert response["Location"] == f"/sessions/{session.pk}/"
    first = session.exercise_ids[0]
    client.post(f"/sessions/{session.pk}/done/", {"exercise_id": first, "sets_done": 1, "side": ""})
    second = session.exercise_ids[1]
    bad = client.post(f"/sessions/{session.pk}/too-painful/", {"exercise_id": second, "pain": 12})
    assert bad.status_code == 422
    client.post(f"/sessions/{session.pk}/too-painful/", {"exercise_id": second, "pain": 6})
    session.refresh_from_db()
    assert session.results[second]["pain"] == 6
    client.post(f"/sessions/{session.pk}/finish/")
    session.refresh_from_db()
    assert session.completed_at is not None
    assert "Session complete" in client.get(f"/sessions/{session.pk}/").content.decode()


def test_every_illustration_is_served(client):
    from runcare.clinical.exercises.library import load_library

    for exercise in load_library().values():
        for suffix in ("", "-still"):
            response = client.get(f"/illustrations/{exercise.illustration}{suffix}.svg")
            assert response.status_code == 200
            assert response["Content-Type"] == "image/svg+xml"
            assert ("<animate" in response.content.decode()) is (suffix == "")
    assert client.get("/illustrations/nope.svg").status_code == 404


def test_htmx_gets_the_screen_fragment_only(client):
    page = client.get("/check/", headers={"HX-Request": "true"}).content.decode()
    assert page.lstrip().startswith('<section id="intake"') and "<html" not in page


def test_rescreen_after_a_pause_asks_the_warning_signs_again(login_as, member, plan_of):
    from runcare.programs import actions

    plan = plan_of(member)
    actions.pause_plan(plan=plan, reason="Pain rose by 3.", by=member)
    client = login_as(member)
    response = client.get("/check/")
    assert response.context["screen"].id == "emergency_signs"
    first = response.context["screen"]
    client.post("/check/", {q.key: NO for q in first.questions})
    kept = IntakeDraft.objects.get(member=member).answers
    assert kept["age"] == BENIGN["age"] and "swelling" not in kept  # signs are asked again
    answer_all(client, BENIGN)
    client.post("/check/finish/")
    plan.refresh_from_db()
    assert not plan.is_paused

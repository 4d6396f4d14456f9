"""Self-care tools: the safety rules decide what is offered, pages and API agree."""

import pytest

from runcare.clinical.selfcare.nsaids import NSAID_QUESTIONS

pytestmark = pytest.mark.django_db
PAGES = ["", "ice-and-heat/", "pain-relief/", "hydration/", "warm-up/", "everyday/"]


def _nsaid(**over: str) -> dict[str, str]:
    data = {f"nsaid-{k}": "no" for k in NSAID_QUESTIONS} | {"nsaid-submit": "1"}
    return data | {f"nsaid-{k}": v for k, v in over.items()}


@pytest.mark.parametrize("page", PAGES)
def test_pages_need_an_account(client, page):
    assert client.get(f"/self-care/{page}").status_code == 302


@pytest.mark.parametrize("page", PAGES)
def test_pages_render_for_a_member(login_as, member, page):
    assert login_as(member).get(f"/self-care/{page}").status_code == 200


def test_safety_rules_are_shown_before_the_timer(login_as, member):
    page = login_as(member).get("/self-care/ice-and-heat/").content.decode()
    assert "Safety first" in page and "data-timer" not in page


def test_ice_and_heat_follow_the_answers(login_as, member):
    client = login_as(member)
    base = {
        "thermal-cold_sensitive": "no",
        "thermal-numb_or_tingling": "no",
        "thermal-days_since_start": "5",
        "thermal-submit": "1",
    }
    calm = client.post("/self-care/ice-and-heat/", base | {"thermal-red_hot_or_swollen": "no"})
    assert "Heat is fine" in calm.content.decode() and "data-timer" in calm.content.decode()
    hot = client.post("/self-care/ice-and-heat/", base | {"thermal-red_hot_or_swollen": "yes"})
    assert "No heat yet" in hot.content.decode()
    unsure = client.post(
        "/self-care/ice-and-heat/",
        base | {"thermal-cold_sensitive": "unsure", "thermal-red_hot_or_swollen": "no"},
    )
    assert "Please skip ice" in unsure.content.decode()


def test_any_yes_or_not_sure_means_no_pain_reliever_suggestion(login_as, member):
    client = login_as(member)
    assert (
        "Nothing in your answers"
        in client.post("/self-care/pain-relief/", _nsaid()).content.decode()
    )
    for answer in ("yes", "unsure"):
        page = client.post("/self-care/pain-relief/", _nsaid(age_65_plus=answer)).content.decode()
        assert "will not suggest" in page


def test_suspected_clot_blocks_the_pain_reliever_whatever_the_answers(login_as, member):
    from runcare.clinical.fact_parsing import parse_facts
    from runcare.programs.actions import complete_triage
    from tests.web.programs.conftest import SEE_DOCTOR

    complete_triage(member=member, facts=parse_facts(SEE_DOCTOR), by=member)
    page = login_as(member).post("/self-care/pain-relief/", _nsaid()).content.decode()
    assert "will not suggest" in page


def test_missing_answers_are_named(login_as, member):
    data = _nsaid()
    del data["nsaid-pregnancy"]
    page = login_as(member).post("/self-care/pain-relief/", data).content.decode()
    assert "This field is required." in page and "Nothing in your answers" not in page


def test_hydration_plan_and_sweat_rate(login_as, member):
    client = login_as(member)
    page = client.post(
        "/self-care/hydration/",
        {
            "sweat-pre_kg": "70",
            "sweat-post_kg": "69.2",
            "sweat-drank_l": "0.6",
            "sweat-urine_l": "0",
            "sweat-minutes": "60",
            "sweat-submit": "1",
        },
    )
    assert "about 1.4 litres per hour" in page.content.decode()
    page = client.post(
        "/self-care/hydration/",
        {"plan-run_minutes": "90", "plan-sweat_rate_l_per_h": "1.4", "plan-submit": "1"},
    )
    assert "about 280 mL every 15 minutes" in page.content.decode()
    bad = client.post(
        "/self-care/hydration/",
        {
            "sweat-pre_kg": "70",
            "sweat-post_kg": "50",
            "sweat-drank_l": "0",
            "sweat-urine_l": "0",
            "sweat-minutes": "60",
            "sweat-submit": "1",
        },
    )
    assert "differ by more than 10 %" in bad.content.decode()


def test_api_uses_the_same_validation(login_as, member):
    client = login_as(member)
    bad = client.post(
        "/api/v1/selfcare/hydration", {"run_minutes": 5}, content_type="application/json"
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["fields"]["run_minutes"] == [
        "Ensure this value is greater than or equal to 10."
    ]
    rate = client.post(
        "/api/v1/selfcare/sweat-rate",
        {"pre_kg": 70, "post_kg": 69.2, "drank_l": 0.6, "minutes": 60},
        content_type="application/json",
    )
    assert rate.json() == {"sweat_rate_l_per_h": 1.4}
    answers = dict.fromkeys(NSAID_QUESTIONS, "no")
    ok = client.post(
        "/api/v1/selfcare/nsaid-screen", {"answers": answers}, content_type="application/json"
    )
    assert ok.json()["may_mention"] is True
    answers["pregnancy"] = "unsure"
    blocked = client.post(
        "/api/v1/selfcare/nsaid-screen", {"answers": answers}, content_type="application/json"
    )
    assert blocked.json()["may_mention"] is False and blocked.json()["reasons"] == ["pregnancy"]


def test_api_needs_authentication(client):
    response = client.post(
        "/api/v1/selfcare/hydration", {"run_minutes": 30}, content_type="application/json"
    )
    assert response.status_code == 401

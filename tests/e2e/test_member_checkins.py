"""Browser walk through check-ins, progress, self-care, lessons and my data, with axe-core on
every page and screenshots at phone and desktop widths."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from runcare.checkins.models import CheckIn
from tests.conftest import PASSWORD
from tests.e2e.a11y import assert_accessible
from tests.e2e.conftest import shoot
from tests.web.checkins.conftest import make_checkin, make_plan

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def check_in(page, *, during: str, criteria: bool = False, sign: str | None = None) -> None:
    page.goto("/check-in/")
    page.get_by_label("Pain right now").fill("1")
    page.get_by_label("Worst pain during today's exercises or run").fill(during)
    page.get_by_label("Pain in the 2 hours after").fill("1")
    page.get_by_label("Stiffness this morning").fill("1")
    page.get_by_role("group", name="Are you limping?").get_by_label("No").check()
    page.get_by_label("All of them").check()
    if sign:
        page.get_by_label(sign).check()
    if criteria:
        page.get_by_label(re.compile("I reached the goals")).check()
    page.get_by_role("button", name="Save check-in").click()


@pytest.fixture
def planned(db):
    return make_plan


@pytest.fixture
def checkin(db):
    return make_checkin


@pytest.fixture
def planned_member(member, planned, checkin):
    plan = planned(member)
    yesterday = timezone.now().date() - timedelta(days=1)
    checkin(member, day=yesterday, pain_during=1, stage_criteria_met=True)
    return plan


def test_checkin_that_progresses_the_plan(page, member, planned_member):
    sign_in(page, member.email)
    check_in(page, during="1", criteria=True)
    expect(page.get_by_role("heading", name="You can move on")).to_be_visible()
    expect(page.get_by_text(re.compile(r"moved from stage P\d to stage P\d"))).to_be_visible()
    page.get_by_text("How this was decided").click()
    expect(page.get_by_text("Rule PR-STAGE-1, from:")).to_be_visible()
    assert_accessible(page)
    shoot(page, "checkin-progress")
    planned_member.refresh_from_db()
    assert planned_member.stage != "P0" or CheckIn.objects.filter(member=member).count() == 2


def test_checkin_with_a_new_sign_sends_back_to_triage(page, member, planned_member):
    sign_in(page, member.email)
    page.goto("/check-in/")
    assert_accessible(page)
    shoot(page, "checkin-form")
    check_in(page, during="1", sign="New swelling of the calf or ankle")
    expect(page.get_by_role("alert")).to_contain_text("Please answer the safety questions again")
    assert_accessible(page)
    shoot(page, "checkin-rescreen")
    page.get_by_role("link", name="Answer the safety questions").click()
    expect(page).to_have_url(re.compile(r"/check/"))
    planned_member.refresh_from_db()
    assert planned_member.is_paused


def test_progress_page_shows_recorded_data(page, member, planned, checkin):
    from runcare.checkins.actions import record_self_test, submit_prom

    planned(member)
    start = timezone.now().date() - timedelta(days=20)
    for n in range(0, 21, 2):
        checkin(member, day=start + timedelta(days=n), pain_now=max(1, 5 - n // 4), pain_during=1)
    record_self_test(member=member, kind="heel_raises", left=18, right=25, by=member)
    record_self_test(member=member, kind="knee_to_wall", left=9, right=12, by=member)
    lefs = {f"q{i}": 2 for i in range(1, 21)}
    submit_prom(member=member, measure="lefs", timepoint="baseline", answers=lefs, by=member)
    sign_in(page, member.email)
    page.goto("/progress/")
    expect(page.locator("figure.chart canvas").first).to_be_visible()
    expect(page.locator("figure.chart")).to_have_count(5)
    page.locator("figure.chart summary").first.click()
    expect(page.get_by_role("cell", name=str(start.isoformat()))).to_be_visible()
    expect(page.get_by_text("72.0 %")).to_be_attached()
    assert_accessible(page)
    shoot(page, "progress")
    assert page.console_errors == []


def test_questionnaire_and_self_test_pages(page, member, planned):
    planned(member)
    sign_in(page, member.email)
    expect(page.get_by_role("heading", name="Questionnaires to answer")).to_be_visible()
    page.get_by_role("link", name=re.compile("Patient-Specific Functional Scale")).click()
    page.get_by_label("Activity 1").fill("Running 5 km")
    page.get_by_label("How well can you do it now? (0 = cannot, 10 = as before)").first.fill("4")
    assert_accessible(page)
    page.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_text("Your answers are saved")).to_be_visible()
    page.goto("/check-in/self-tests/")
    expect(page.get_by_role("img", name=re.compile("lunge facing a wall"))).to_be_visible()
    assert_accessible(page)
    shoot(page, "self-tests")
    raises = page.locator("section", has=page.get_by_role("heading", name="Single-leg heel raises"))
    raises.get_by_label("Left leg").fill("18")
    raises.get_by_label("Right leg").fill("25")
    raises.get_by_role("button", name="Save both legs").click()
    expect(page.get_by_text("Saved. See how both legs compare")).to_be_visible()


def test_self_care_tools(page, member, planned):
    planned(member)
    sign_in(page, member.email)
    page.goto("/self-care/")
    assert_accessible(page)
    shoot(page, "selfcare")
    page.get_by_role("link", name="Ice and heat timer").click()
    expect(page.get_by_role("heading", name="Safety first")).to_be_visible()
    for question in ("Raynaud", "numb or tingling", "red, hot or swollen"):
        page.get_by_role("group", name=re.compile(question)).get_by_label("No", exact=True).check()
    page.get_by_label("How many days ago did the pain start?").fill("5")
    page.get_by_role("button", name="Check what is safe").click()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("timer")).not_to_have_text("20:00")
    assert_accessible(page)
    shoot(page, "selfcare-timer")
    page.goto("/self-care/pain-relief/")
    page.get_by_role("group", name=re.compile("65 or older")).get_by_label("Not sure").check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    assert_accessible(page)
    page.goto("/self-care/hydration/")
    page.get_by_label("How long is your planned run? (minutes)").fill("75")
    page.get_by_role("button", name="Make my plan").click()
    expect(page.get_by_text("about 250 mL every 15 minutes")).to_be_visible()
    assert_accessible(page)
    for url in ("/self-care/warm-up/", "/self-care/everyday/"):
        page.goto(url)
        assert_accessible(page)
    shoot(page, "selfcare-everyday")
    assert page.console_errors == []


def test_lessons_without_an_account(page):
    page.goto("/")
    page.set_viewport_size({"width": 360, "height": 800})
    page.get_by_text("Menu").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Lessons").click()
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.get_by_role("heading", name="Lessons", level=1)).to_be_visible()
    assert_accessible(page)
    shoot(page, "lessons")
    page.get_by_role("link", name="Signs that need a doctor").click()
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    assert_accessible(page)
    shoot(page, "lesson")


def test_export_calendar_and_delete(page, member, planned, checkin):
    planned(member)
    checkin(member)
    sign_in(page, member.email)
    page.goto("/my-data/")
    assert_accessible(page)
    page.get_by_role("button", name="Make a calendar address").click()
    feed_url = page.get_by_label(re.compile("Your calendar address")).input_value()
    assert "/my-data/calendar/" in feed_url
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data").click()
    assert download.value.suggested_filename.startswith("runcare-my-data-")
    shoot(page, "my-data")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("Type DELETE to confirm").fill("DELETE")
    page.get_by_role("button", name="Delete my account and data").click()
    expect(page.get_by_role("heading", name="Your account is deleted")).to_be_visible()
    assert_accessible(page)
    assert not CheckIn.objects.filter(member_id=member.pk).exists()
    page.goto("/progress/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))

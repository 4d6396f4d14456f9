"""The member's path in Chromium: intent, intake screens, each triage result, sign-up, program,
and a guided session with a "too painful" press; axe on every page; screenshots at 360/1280."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.programs.models import PlanChange, SessionLog
from tests.clinical.cases import BENIGN
from tests.conftest import PASSWORD
from tests.e2e.a11y import assert_accessible
from tests.e2e.conftest import shoot
from tests.web.programs.conftest import EMERGENCY, SEE_DOCTOR, URGENT

pytestmark = pytest.mark.django_db(transaction=True)
READY = "That's all the questions"
SCREENS = {s.title: s for s in load_questionnaire().screens}


def fill_screen(page: Any, screen: Any, facts: dict[str, Any]) -> None:
    for q in screen.questions:
        if q.measure in ("lefs", "psfs", "visa_a") or q.key not in facts:
            continue
        value = facts[q.key]
        if not page.locator(f"[name={q.key}]").first.is_visible():
            continue  # a follow-up hidden by an earlier answer
        if q.type == "boolean":
            index = {True: 0, False: 1, None: 2}[value]
            page.locator(f"label[for=id_{q.key}_{index}]").click()
        elif q.type == "choice" and len(q.options) <= 4:
            page.locator(f"label[for=id_{q.key}_{q.options.index(value)}]").click()
        elif q.type == "choice":
            page.locator(f"#id_{q.key}").select_option(value)
        elif q.type == "text_list":
            page.locator(f"#id_{q.key}").fill("\n".join(value))
        else:
            page.locator(f"#id_{q.key}").fill(str(value))


def walk_intake(page: Any, facts: dict[str, Any], shoot_first: bool = False) -> None:
    page.goto("/start/")
    assert_accessible(page)
    page.get_by_text("I want help from a clinician now").click()
    page.get_by_role("button", name="Continue").click()
    heading = page.get_by_role("heading", level=1)
    for _ in range(15):
        title = heading.inner_text()
        if title == READY:
            break
        if shoot_first:
            assert_accessible(page)
            shoot(page, "program-intake-screen")
            shoot_first = False
        fill_screen(page, SCREENS[title], facts)
        page.get_by_role("button", name="Continue").click()
        expect(heading).not_to_have_text(title)
        expect(heading).to_be_focused()
    expect(heading).to_have_text(READY)
    page.get_by_role("button", name="See my result").click()


@pytest.mark.parametrize(
    ("name", "facts", "heading"),
    [
        ("emergency", EMERGENCY, "Get emergency help now"),
        ("urgent_doctor", URGENT, "Please see a doctor today"),
        ("see_doctor", SEE_DOCTOR, "Have your leg examined in person"),
        ("self_care_program", BENIGN, "You can start the exercise program"),
    ],
)
def test_intake_ends_in_each_triage_level_without_an_account(page, name, facts, heading):
    walk_intake(page, facts, shoot_first=name == "emergency")
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_role("button", name="Print this page")).to_be_visible()
    if name == "emergency":
        expect(page.get_by_role("alert")).to_contain_text("emergency")
        expect(page.get_by_text("Open my program")).to_have_count(0)
    assert_accessible(page)
    shoot(page, f"program-result-{name}")
    assert page.console_errors == []


def test_validation_message_and_back_keeps_answers(page, db):
    page.goto("/check/")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Choose yes, no or not sure.").first).to_be_visible()
    assert_accessible(page)
    fill_screen(page, load_questionnaire().screens[0], BENIGN)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How the leg is now")
    page.get_by_role("link", name="Back").click()
    expect(page.locator("#id_fever_1")).to_be_checked()


def settle(page) -> None:
    """Wait until no htmx request, swap or settle is in flight (keys pressed mid-swap are lost)."""
    page.wait_for_load_state()
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def test_self_care_path_from_sign_up_to_a_completed_session(page, db):
    walk_intake(page, BENIGN)
    page.get_by_role("link", name="Create a free account to get your program").click()
    page.get_by_label("Your first name").fill("Lena")
    page.get_by_label("E-mail").fill("lena@example.test")
    page.get_by_label("Password").fill("tempo run tuesday")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Today's exercises")).to_be_visible()
    page.get_by_role("link", name="My program").first.click()
    expect(
        page.get_by_role("heading", name="What unlocks the next stage").or_(
            page.get_by_text("What unlocks the next stage")
        )
    ).to_be_visible()
    assert_accessible(page)
    shoot(page, "program-my-program")
    page.get_by_role("link", name="Go to today's session").click()
    assert_accessible(page)
    shoot(page, "program-today")
    page.get_by_role("button", name="Start today's session").click()
    title = page.locator("#player-title")
    expect(page.locator(".player__figure img")).to_be_visible()
    page.set_viewport_size({"width": 360, "height": 800})
    assert_accessible(page)
    shoot(page, "program-player")
    page.emulate_media(reduced_motion="reduce")
    still = page.locator(".player__figure img").evaluate("img => img.currentSrc")
    assert still.endswith("-still.svg")
    page.emulate_media(reduced_motion="no-preference")
    page.get_by_role("button", name="Start timer").click()
    expect(page.locator("[data-timer-status]")).to_contain_text("Rep 1")
    first = title.inner_text()
    page.get_by_role("button", name="Done").click()
    expect(title).not_to_have_text(first)
    expect(title).to_be_focused()
    painful = title.inner_text()
    page.get_by_role("link", name="Too painful").click()
    page.get_by_label(re.compile("How bad is the pain now")).fill("6")
    page.get_by_role("button", name="Stop this exercise").click()
    expect(title).not_to_have_text(painful)
    offer = page.get_by_role("button", name="Try the easier version")
    if offer.count():
        shoot(page, "program-player-easier")
        offer.click()
    for _ in range(30):
        settle(page)
        if page.get_by_role("button", name="Finish session").count():
            break
        current = title.inner_text()
        page.get_by_role("button", name="Done").focus()
        page.keyboard.press("Enter")  # keyboard only
        expect(title).not_to_have_text(current)
    page.get_by_role("button", name="Finish session").click()
    expect(title).to_have_text("Session complete")
    assert_accessible(page)
    shoot(page, "program-session-summary")
    session = SessionLog.objects.get(member__email="lena@example.test")
    assert session.completed_at is not None
    statuses = {r["status"] for r in session.results.values()}
    assert "too_painful" in statuses and "done" in statuses
    assert page.console_errors == []


def test_therapist_overrides_stage_and_member_sees_why(page, therapist, member, assign):
    from runcare.clinical.fact_parsing import parse_facts
    from runcare.programs.actions import complete_triage

    plan = complete_triage(member=member, facts=parse_facts(BENIGN), by=member).plan
    assign(therapist, member)
    device = TOTPDevice.objects.create(user=therapist, name="t", confirmed=True)
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(therapist.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name=re.compile("Verify|Confirm|Continue")).click()
    page.goto(f"/care/members/{member.pk}/plan/")
    page.locator("#id_stage").select_option("P1")
    page.locator("#id_reason").fill("Seen in clinic: one more week of early loading.")
    page.get_by_role("button", name="Save change").click()
    expect(page.get_by_text("Seen in clinic: one more week of early loading.")).to_be_visible()
    assert_accessible(page)
    shoot(page, "program-therapist-plan")
    assert PlanChange.objects.filter(plan=plan, kind="therapist", to_value="P1").exists()

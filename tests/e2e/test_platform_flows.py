"""Sign up, sign in, sign out, and the second-factor gate, in a real Chromium."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import shoot

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_sign_up_lands_on_member_home_then_sign_out_and_back_in(page):
    page.goto("/")
    shoot(page, "landing")
    page.get_by_role("link", name="Create a free account").click()
    page.get_by_label("Your first name").fill("Rosa")
    page.get_by_label("E-mail").fill("rosa@example.test")
    page.get_by_label("Password").fill("tempo run tuesday")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Rosa")
    shoot(page, "member-home")
    page.set_viewport_size({"width": 360, "height": 800})
    page.get_by_text("Menu").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "rosa@example.test", "tempo run tuesday")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Rosa")
    assert page.console_errors == []


def test_wrong_password_shows_a_clear_message(page, member):
    sign_in(page, member.email, "not my password")
    expect(page.get_by_role("alert")).to_contain_text("do not match")


def test_therapist_without_2fa_is_sent_to_enrol_and_then_sees_caseload(
    page, therapist, member, assign
):
    assign(therapist, member)
    sign_in(page, therapist.email)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/setup/$"))
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    shoot(page, "mfa-setup")
    page.goto("/home/")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/setup/$"))  # nothing else is reachable
    device = TOTPDevice.objects.get(user=therapist, confirmed=False)
    page.get_by_label("Code").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_test_id("backup-codes").locator("li")).to_have_count(10)
    page.get_by_role("link", name=re.compile("continue")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your caseload")
    expect(page.get_by_role("cell", name=member.get_full_name())).to_be_visible()
    shoot(page, "therapist-caseload")


def test_htmx_is_loaded_and_csp_blocks_nothing_we_ship(page, db):
    page.goto("/accounts/login/")
    assert page.evaluate("typeof window.htmx") == "object"
    assert page.console_errors == []

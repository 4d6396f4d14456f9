"""Sign-up, sign-in, lock-out, password reset, 2FA enrolment and API tokens."""

import re

import pytest
from django.contrib.auth.hashers import make_password
from django.core import mail
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from runcare.accounts.models import ApiToken, User
from runcare.audit.models import AuditEvent
from tests.conftest import PASSWORD


@pytest.mark.django_db
def test_signup_creates_a_member_and_signs_them_in(client):
    response = client.post(
        "/accounts/signup/",
        {"name": "Ana", "email": "Ana@Example.test", "password": "hills and intervals"},
    )
    assert response.status_code == 302
    user = User.objects.get(email="ana@example.test")
    assert user.role == "member"
    assert client.get("/home/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "password, message",
    [
        ("short1", "too short"),
        ("password123", "too common"),
        ("12345678901", "entirely numeric"),
        ("x" * 257, "at most 256"),
    ],
)
def test_signup_rejects_weak_passwords_with_a_reason(client, password, message):
    response = client.post(
        "/accounts/signup/", {"name": "Bo", "email": "bo@example.test", "password": password}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(email="bo@example.test").exists()


@pytest.mark.django_db
def test_a_64_character_passphrase_is_accepted(client):
    response = client.post(
        "/accounts/signup/",
        {"name": "Cy", "email": "cy@example.test", "password": "long run " * 7 + "x"},
    )
    assert response.status_code == 302


def test_duplicate_email_is_refused_kindly(client, member):
    response = client.post(
        "/accounts/signup/",
        {"name": "X", "email": member.email.upper(), "password": "another fine passphrase"},
    )
    assert "already exists" in response.content.decode()


def test_login_and_logout(client, member):
    response = client.post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/home/").status_code == 200
    assert client.get("/accounts/logout/").status_code == 405  # no state change on GET
    client.post("/accounts/logout/")
    assert client.get("/home/").status_code == 302
    assert AuditEvent.objects.filter(action="login", actor_id=member.pk).exists()
    assert AuditEvent.objects.filter(action="logout", actor_id=member.pk).exists()


def test_unknown_user_and_wrong_password_get_the_same_answer(client, member):
    wrong = client.post("/accounts/login/", {"username": member.email, "password": "nope nope"})
    unknown = client.post(
        "/accounts/login/", {"username": "ghost@example.test", "password": "nope nope"}
    )
    pattern = re.compile(r'<div class="alert alert--error" role="alert">.*?</div>', re.S)
    assert pattern.search(wrong.content.decode()).group(0) == pattern.search(
        unknown.content.decode()
    ).group(0)


def test_five_failures_pause_the_account_and_even_the_right_password(client, member):
    for _ in range(5):
        client.post("/accounts/login/", {"username": member.email, "password": "bad guess 1"})
    response = client.post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "30 minutes" in response.content.decode()


def test_lockout_cools_off_by_itself(settings, client, member):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    for _ in range(5):
        client.post("/accounts/login/", {"username": member.email, "password": "bad guess 1"})
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    response = client.post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.django_db
def test_production_hasher_is_argon2id_at_owasp_parameters():
    with override_settings(
        PASSWORD_HASHERS=["runcare.accounts.hashers.RunCareArgon2PasswordHasher"]
    ):
        encoded = make_password("correct horse battery")
    assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")


def test_password_reset_by_mail(client, member):
    response = client.post("/accounts/password-reset/", {"email": member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/password-reset/\S+)", mail.outbox[0].body)
    assert link
    form_page = client.get(link.group(1), follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "fresh legs on monday", "new_password2": "fresh legs on monday"},
    )
    assert response.status_code == 302
    client.post("/accounts/logout/")
    signed_in = client.post(
        "/accounts/login/", {"username": member.email, "password": "fresh legs on monday"}
    )
    assert signed_in.status_code == 302


def test_password_reset_for_unknown_address_sends_nothing_but_looks_the_same(client, db):
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.test"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_therapist_is_sent_to_enrol_then_confirms_and_gets_backup_codes(client, therapist):
    client.force_login(therapist, backend="runcare.accounts.backends.ThrottledModelBackend")
    response = client.get("/home/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/setup/"
    page = client.get("/accounts/2fa/setup/")
    assert b"data:image/svg+xml;base64," in page.content
    device = TOTPDevice.objects.get(user=therapist, confirmed=False)
    bad = client.post("/accounts/2fa/setup/", {"token": "000000"})
    assert "did not match" in bad.content.decode()
    right = f"{totp(device.bin_key):06d}"
    throttled = client.post("/accounts/2fa/setup/", {"token": right})
    assert "did not match" in throttled.content.decode()  # a failure throttles the next try
    device.throttle_reset()
    done = client.post("/accounts/2fa/setup/", {"token": right})
    codes = re.findall(r"<li>([a-z0-9]{8})</li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/home/").status_code == 200
    assert AuditEvent.objects.filter(action="mfa_enrolled", actor_id=therapist.pk).exists()


def test_enrolled_therapist_must_verify_and_backup_codes_work_once(client, therapist):
    from runcare.accounts.mfa import reset_backup_codes

    TOTPDevice.objects.create(user=therapist, name="app", confirmed=True)
    codes = reset_backup_codes(therapist)
    client.force_login(therapist, backend="runcare.accounts.backends.ThrottledModelBackend")
    assert client.get("/home/").url == "/accounts/2fa/verify/"
    assert client.post("/accounts/2fa/verify/", {"token": codes[0]}).status_code == 302
    client.post("/accounts/logout/")
    client.force_login(therapist, backend="runcare.accounts.backends.ThrottledModelBackend")
    reused = client.post("/accounts/2fa/verify/", {"token": codes[0]})
    assert reused.status_code == 200
    assert "not accepted" in reused.content.decode()


def test_a_totp_code_cannot_be_replayed(client, therapist):
    device = TOTPDevice.objects.create(user=therapist, name="app", confirmed=True)
    code = f"{totp(device.bin_key):06d}"
    client.force_login(therapist, backend="runcare.accounts.backends.ThrottledModelBackend")
    assert client.post("/accounts/2fa/verify/", {"token": code}).status_code == 302
    client.post("/accounts/logout/")
    client.force_login(therapist, backend="runcare.accounts.backends.ThrottledModelBackend")
    assert client.post("/accounts/2fa/verify/", {"token": code}).status_code == 200


def test_api_token_is_shown_once_stored_hashed_and_revocable(login_as, member, episode_of):
    episode = episode_of(member)
    client = login_as(member)
    page = client.post("/accounts/tokens/new/", {"name": "my script", "days": 30})
    raw = re.search(r'data-testid="api-token">([^<]+)<', page.content.decode()).group(1)
    token = ApiToken.objects.get(user=member)
    assert raw not in token.key_hash and token.prefix == raw[:10]
    from django.test import Client

    api = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    assert api.get(f"/api/v1/episodes/{episode.pk}", **auth).status_code == 200
    client.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert api.get(f"/api/v1/episodes/{episode.pk}", **auth).status_code == 401


def test_a_member_cannot_revoke_someone_elses_token(login_as, member, other_member):
    from runcare.accounts.tokens import create_token

    token, _ = create_token(user=other_member, name="theirs", days=5, by=other_member)
    response = login_as(member).post(f"/accounts/tokens/{token.pk}/revoke/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_member_who_enrolled_2fa_must_give_a_code_at_sign_in(client, member):
    from runcare.accounts import mfa

    client.force_login(member, backend="runcare.accounts.backends.ThrottledModelBackend")
    client.get("/accounts/2fa/setup/")
    device = TOTPDevice.objects.get(user=member, confirmed=False)
    client.post("/accounts/2fa/setup/", {"token": f"{totp(device.bin_key):06d}"})
    assert mfa.has_confirmed_device(member)
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    assert client.get("/home/").url == "/accounts/2fa/verify/"


def test_failures_spread_over_accounts_pause_the_address(client, make_user):
    people = [make_user("member") for _ in range(5)]
    for person in people:
        client.post("/accounts/login/", {"username": person.email, "password": "bad guess 1"})
    fresh = make_user("member")
    response = client.post("/accounts/login/", {"username": fresh.email, "password": PASSWORD})
    assert response.status_code == 429


def test_login_waits_for_a_free_slot_and_says_so_when_none_frees(client, member, monkeypatch):
    from runcare.accounts import backends

    monkeypatch.setattr(backends.ThrottledModelBackend, "wait_seconds", 0.01)
    slots = backends._login_slots()
    taken = 0
    while slots.acquire(blocking=False):
        taken += 1
    try:
        response = client.post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    finally:
        for _ in range(taken):
            slots.release()
    assert response.status_code == 200
    assert "Many people are signing in" in response.content.decode()
    assert (
        client.post(
            "/accounts/login/", {"username": member.email, "password": PASSWORD}
        ).status_code
        == 302
    )

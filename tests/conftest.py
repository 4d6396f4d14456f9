"""Shared fixtures: people in each role, care relationships, and signed-in clients."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

_seq = itertools.count(1)
PASSWORD = "a perfectly long passphrase"


@pytest.fixture
def make_user(db: Any):
    from runcare.accounts.models import User

    def make(role: str = "member", **extra: Any) -> User:
        n = next(_seq)
        extra.setdefault("first_name", f"Person{n}")
        return User.objects.create_user(f"{role}{n}@example.test", PASSWORD, role=role, **extra)

    return make


@pytest.fixture
def member(make_user):
    return make_user("member")


@pytest.fixture
def other_member(make_user):
    return make_user("member")


@pytest.fixture
def therapist(make_user):
    return make_user("therapist")


@pytest.fixture
def assign(db: Any):
    from runcare.members.models import CareAssignment

    def make(therapist, member, **extra: Any) -> CareAssignment:
        return CareAssignment.objects.create(therapist=therapist, member=member, **extra)

    return make


@pytest.fixture
def episode_of(db: Any):
    from runcare.members.models import Episode

    def make(member, **extra: Any) -> Episode:
        extra.setdefault("condition", "calf_muscle_strain_mild")
        return Episode.objects.create(member=member, **extra)

    return make


def verify_otp(client: Any, user: Any) -> None:
    """Enrol a TOTP device for ``user`` and pass 2FA in ``client``'s session."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    response = client.post("/accounts/2fa/verify/", {"token": f"{totp(device.bin_key):06d}"})
    assert response.status_code == 302, response.content


@pytest.fixture
def login_as(client: Any):
    def login(user: Any, *, verified: bool = True) -> Any:
        client.force_login(user, backend="runcare.accounts.backends.ThrottledModelBackend")
        if verified and user.needs_mfa:
            verify_otp(client, user)
        return client

    return login


@pytest.fixture(scope="session", autouse=True)
def _flush_past_the_audit_triggers():
    """Transactional (browser) tests empty the database between tests with Django's flush; the
    audit table's append-only triggers rightly refuse that, so the flush lifts them for its
    own statements only and puts them back."""
    import importlib

    from django.core.management.commands import flush

    triggers = importlib.import_module("runcare.audit.migrations.0002_append_only_triggers")
    original = flush.sql_flush

    def sql_flush(style: Any, connection: Any, *args: Any, **kwargs: Any) -> list[str]:
        statements = original(style, connection, *args, **kwargs)
        if connection.vendor == "sqlite":
            return [*triggers.SQLITE_REVERSE, *statements, *triggers.SQLITE]
        if connection.vendor == "postgresql":
            return [
                "ALTER TABLE audit_auditevent DISABLE TRIGGER USER",
                *statements,
                "ALTER TABLE audit_auditevent ENABLE TRIGGER USER",
            ]
        return statements

    flush.sql_flush = sql_flush
    yield
    flush.sql_flush = original

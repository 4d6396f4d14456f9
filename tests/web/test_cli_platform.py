"""Operator commands: createuser, demo, check, audit verify, backup."""

import sqlite3
import subprocess

import pytest
from django.db import connection
from typer.testing import CliRunner

from runcare.accounts.models import User
from runcare.cli import app
from runcare.organisations.models import OrgAdmin, Organisation

runner = CliRunner()


def test_help_lists_every_operator_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "serve",
        "worker",
        "demo",
        "createuser",
        "check",
        "backup",
        "audit",
        "manage",
        "triage",
    ):
        assert command in result.output


@pytest.mark.django_db
def test_createuser_with_generated_password():
    result = runner.invoke(
        app, ["createuser", "pt@example.test", "--role", "therapist", "--name", "Kim"]
    )
    assert result.exit_code == 0, result.output
    assert "password: " in result.output
    user = User.objects.get(email="pt@example.test")
    assert user.role == "therapist" and user.first_name == "Kim"
    assert user.check_password(result.output.split("password: ")[1].strip())


@pytest.mark.django_db
def test_createuser_org_admin_is_linked_to_the_organisation():
    org = Organisation.objects.create(name="Acme", code="ACME-1")
    result = runner.invoke(
        app,
        [
            "createuser",
            "hr@example.test",
            "--role",
            "org_admin",
            "--org",
            "acme-1",
            "--password-stdin",
        ],
        input="a long enough passphrase\n",
    )
    assert result.exit_code == 0, result.output
    assert "password:" not in result.output
    assert OrgAdmin.objects.filter(user__email="hr@example.test", organisation=org).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, message",
    [
        (["not-an-email", "--role", "member"], "is not an e-mail address"),
        (["x@example.test", "--role", "wizard"], "role must be one of"),
        (["x@example.test", "--org", "NOPE"], "no organisation with code"),
    ],
)
def test_createuser_errors_exit_2_with_a_clear_message(args, message):
    result = runner.invoke(app, ["createuser", *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.django_db
def test_createuser_rejects_a_weak_piped_password():
    result = runner.invoke(
        app, ["createuser", "w@example.test", "--password-stdin"], input="12345678\n"
    )
    assert result.exit_code == 2
    assert "password:" in result.output and "numeric" in result.output


@pytest.mark.django_db
def test_demo_is_idempotent_and_prints_logins():
    first = runner.invoke(app, ["demo"])
    assert first.exit_code == 0, first.output
    count = User.objects.count()
    second = runner.invoke(app, ["demo"])
    assert second.exit_code == 0
    assert User.objects.count() == count
    for email in (
        "member@demo.runcare.test",
        "therapist@demo.runcare.test",
        "admin@demo.runcare.test",
    ):
        assert email in second.output
    assert "2FA backup codes" in second.output


@pytest.mark.django_db
def test_demo_backup_code_lets_the_therapist_in(client):
    output = runner.invoke(app, ["demo"]).output
    line = output.split("therapist@demo.runcare.test")[1].splitlines()[1]
    code = line.split("2FA backup codes: ")[1].split()[0]
    client.post(
        "/accounts/login/",
        {"username": "therapist@demo.runcare.test", "password": "calf-raise-demo"},
    )
    assert client.get("/home/").url == "/accounts/2fa/verify/"
    assert client.post("/accounts/2fa/verify/", {"token": code}).status_code == 302
    assert b"Your caseload" in client.get("/home/").content


@pytest.mark.django_db
def test_check_passes_on_a_migrated_database():
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "database reachable" in result.output and "audit log intact" in result.output


@pytest.mark.django_db
def test_audit_verify_reports_intact_log(member):
    from runcare.audit.actions import record_event

    record_event(action="read", actor=member, subject_member_id=member.pk)
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 0 and "intact" in result.output


@pytest.mark.django_db(transaction=True)
def test_backup_writes_a_restorable_copy(tmp_path, member):
    target = tmp_path / "backup.db"
    result = runner.invoke(app, ["backup", str(target)])
    assert result.exit_code == 0, result.output
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(target)
        emails = {row[0] for row in copy.execute("SELECT email FROM accounts_user")}
        assert member.email in emails
    else:
        listing = subprocess.run(
            ["pg_restore", "--list", str(target)], capture_output=True, text=True, check=True
        ).stdout
        assert "TABLE DATA public accounts_user" in listing
        assert "audit_no_update_delete" in listing

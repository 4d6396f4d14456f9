"""The audit log is append-only, carries no health values, and detects tampering."""

import pytest
from django.db import DatabaseError, connection, transaction

from runcare.audit.actions import record_event, verify_log
from runcare.audit.models import AuditEvent


@pytest.fixture
def event(member):
    return record_event(
        action="read", actor=member, subject_member_id=member.pk, object_type="episode", object_id=1
    )


def test_model_refuses_update_and_delete(event):
    event.outcome = "changed"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()


def test_database_refuses_update_delete_and_bulk_operations(event):
    for statement in ("UPDATE audit_auditevent SET outcome = 'x'", "DELETE FROM audit_auditevent"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.filter(pk=event.pk, outcome="ok").exists()


def test_verifier_flags_a_row_altered_behind_the_applications_back(event, member):
    other = record_event(action="login", actor=member)
    assert verify_log() == []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER audit_no_update")
            cursor.execute(
                "UPDATE audit_auditevent SET subject_member_id = 999 WHERE id = %s", [event.pk]
            )
        else:
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER USER")
            cursor.execute(
                "UPDATE audit_auditevent SET subject_member_id = 999 WHERE id = %s", [event.pk]
            )
            cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER USER")
    assert verify_log() == [event.pk]
    assert other.pk not in verify_log()


def test_failed_login_is_audited_without_the_attempted_name(client, member):
    client.post("/accounts/login/", {"username": member.email, "password": "wrong guess 123"})
    failed = AuditEvent.objects.get(action="login_failed")
    assert failed.actor_id is None
    assert member.email not in failed.canonical().decode()


def test_audit_rows_hold_ids_not_values(event):
    text = event.canonical().decode()
    assert text.count("|") == 9
    assert "calf" not in text

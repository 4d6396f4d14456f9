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


def test_a_requests_audit_rows_are_written_together_before_the_response(
    login_as, member, episode_of
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        episode_of(member)
    client = login_as(member)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/members/{member.pk}/episodes")
    assert response.status_code == 200
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "audit_auditevent"')]
    assert len(inserts) == 1
    assert AuditEvent.objects.filter(action="list", object_type="episode").count() == 3
    assert AuditEvent.objects.filter(action="read", object_type="member").count() == 1


def test_when_audit_rows_cannot_be_written_the_data_is_not_sent(
    login_as, member, episode_of, monkeypatch
):
    from runcare.audit import middleware

    episode = episode_of(member, condition="canary_condition_xyz")
    client = login_as(member)

    def broken() -> int:
        raise DatabaseError("disk full")

    monkeypatch.setattr(middleware, "flush_pending", broken)
    response = client.get(f"/api/v1/episodes/{episode.pk}")
    assert response.status_code == 503
    assert b"canary_condition_xyz" not in response.content

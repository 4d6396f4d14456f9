"""Data rights: export holds only the member's data, the calendar token grants only the feed
and stops when revoked, and deletion erases health data, keeps audit rows and ends sessions."""

import json

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from runcare.accounts.models import User
from runcare.audit.models import AuditEvent
from runcare.checkins.models import CheckIn
from runcare.members.models import Episode
from runcare.programs.models import Plan, TriageRecord
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _feed_url(client) -> str:
    client.post("/my-data/calendar/new/")
    page = client.get("/my-data/").content.decode()
    start = page.index("http://testserver/my-data/calendar/")
    return page[start : page.index('"', start)].removeprefix("http://testserver")


def test_export_contains_the_member_data_and_nobody_elses(
    login_as, member, other_member, planned, checkin
):
    planned(member)
    planned(other_member)
    mine = checkin(member, pain_now=3).checkin
    theirs = checkin(other_member, pain_now=7).checkin
    response = login_as(member).get("/my-data/export.json")
    assert response["Content-Disposition"].startswith("attachment;")
    doc = json.loads(response.content)
    assert doc["account"]["email"] == member.email
    assert [c["id"] for c in doc["checkins"]] == [mine.pk]
    assert doc["triage_records"] and doc["plans"] and doc["episodes"]
    assert other_member.email not in response.content.decode()
    assert theirs.pk not in [c["id"] for c in doc["checkins"]]
    assert AuditEvent.objects.filter(action="export", subject_member_id=member.pk).exists()


def test_export_over_the_api(login_as, member, planned):
    planned(member)
    doc = login_as(member).get("/api/v1/me/export").json()
    assert doc["format"] == "runcare-export/1" and doc["account"]["id"] == member.pk


def test_calendar_token_grants_only_the_feed_and_stops_when_revoked(login_as, member, planned):
    planned(member)
    url = _feed_url(login_as(member))
    anonymous = Client()
    response = anonymous.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and "RunCare exercise session" in body
    assert "calf" not in body.lower()  # no health details in a calendar
    token = url.split("/")[-1].removesuffix(".ics")
    for other in ("/progress/", "/check-in/", "/my-data/export.json", "/api/v1/me/export"):
        assert anonymous.get(other, HTTP_AUTHORIZATION=f"Bearer {token}").status_code in (302, 401)
    assert AuditEvent.objects.filter(object_type="calendarfeed", action="read").exists()
    login_as(member).post("/my-data/calendar/revoke/")
    assert anonymous.get(url).status_code == 404


def test_a_new_calendar_address_replaces_the_old_one(login_as, member, planned):
    planned(member)
    client = login_as(member)
    first = _feed_url(client)
    second = _feed_url(client)
    assert Client().get(first).status_code == 404 and Client().get(second).status_code == 200


def test_deletion_needs_the_password_and_the_word(login_as, member, planned):
    planned(member)
    client = login_as(member)
    response = client.post("/my-data/delete/", {"password": "wrong", "confirm": "DELETE"})
    assert response.status_code == 400 and "not right" in response.content.decode()
    response = client.post("/my-data/delete/", {"password": PASSWORD, "confirm": "yes"})
    assert "Type the word DELETE" in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_deletion_erases_health_data_keeps_audit_and_ends_sessions(
    login_as, member, other_member, planned, checkin
):
    planned(member)
    planned(other_member)
    checkin(member)
    checkin(other_member)
    client = login_as(member)
    client.get("/progress/")  # leaves audit rows of reads
    phone = Client()
    phone.force_login(member, backend="runcare.accounts.backends.ThrottledModelBackend")
    audit_before = AuditEvent.objects.filter(subject_member_id=member.pk).count()
    response = client.post("/my-data/delete/", {"password": PASSWORD, "confirm": "DELETE"})
    assert "Your account is deleted" in response.content.decode()
    assert not User.objects.filter(pk=member.pk).exists()
    for model in (CheckIn, Plan, TriageRecord, Episode):
        assert not model.objects.filter(member_id=member.pk).exists()
    assert CheckIn.objects.filter(member=other_member).exists()
    assert AuditEvent.objects.filter(subject_member_id=member.pk).count() > audit_before
    assert AuditEvent.objects.filter(action="delete", object_type="account").exists()
    assert phone.get("/progress/").status_code == 302  # the other session is gone
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(member.pk)
    ]


def test_other_roles_have_no_my_data_pages(login_as, therapist):
    client = login_as(therapist)
    assert client.get("/my-data/").status_code == 404
    assert client.get("/my-data/export.json").status_code == 404

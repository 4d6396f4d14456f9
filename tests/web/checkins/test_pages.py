"""Check-in pages: the member's own flow, access for others, audit and query counts."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from runcare.audit.models import AuditEvent
from runcare.checkins.actions import record_self_test, submit_prom
from runcare.checkins.models import CheckIn
from tests.web.checkins.conftest import form_answers

pytestmark = pytest.mark.django_db
MEMBER_PAGES = [
    "/check-in/",
    "/check-in/questionnaires/",
    "/check-in/questionnaires/lefs/baseline/",
    "/check-in/questionnaires/psfs/week_4/",
    "/check-in/self-tests/",
    "/progress/",
]


@pytest.mark.parametrize("url", MEMBER_PAGES)
def test_member_pages_render(login_as, member, planned, url):
    planned(member)
    assert login_as(member).get(url).status_code == 200


def test_checkin_form_posts_and_shows_the_decision(login_as, member, planned):
    planned(member)
    client = login_as(member)
    response = client.post("/check-in/", form_answers())
    row = CheckIn.objects.get(member=member)
    assert response.status_code == 302 and response.url == f"/check-in/{row.pk}/"
    page = client.get(response.url).content.decode()
    assert "Stay at this level" in page and "PR-REPEAT-1" in page


def test_posting_the_same_form_twice_keeps_one_checkin(login_as, member, planned):
    planned(member)
    client = login_as(member)
    data = form_answers()
    first, second = client.post("/check-in/", data), client.post("/check-in/", data)
    assert first.url == second.url
    assert CheckIn.objects.filter(member=member).count() == 1


def test_checkin_validation_messages_are_clear(login_as, member, planned):
    planned(member)
    response = login_as(member).post("/check-in/", form_answers(pain_now=11))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 10." in response.content.decode()
    assert not CheckIn.objects.exists()


def test_a_new_sign_sends_the_member_back_to_the_safety_questions(login_as, member, planned):
    planned(member)
    client = login_as(member)
    response = client.post("/check-in/", form_answers(signs=["calf_tense_or_hard"]), follow=True)
    page = response.content.decode()
    assert "Please answer the safety questions again" in page and 'href="/check/"' in page


def test_another_member_gets_404_everywhere(
    client, login_as, member, other_member, planned, checkin
):
    planned(member)
    row = checkin(member).checkin
    login_as(other_member)
    assert client.get(f"/check-in/{row.pk}/").status_code == 404
    assert client.get(f"/progress/members/{member.pk}/").status_code == 404


def test_assigned_therapist_reads_progress_unassigned_does_not(
    client, login_as, make_user, member, therapist, assign, planned, checkin
):
    planned(member)
    row = checkin(member).checkin
    assign(therapist, member)
    login_as(therapist)
    assert client.get(f"/progress/members/{member.pk}/").status_code == 200
    assert client.get(f"/check-in/{row.pk}/").status_code == 200
    assert client.get("/check-in/").status_code == 404  # therapists have no check-in of their own
    stranger = make_user("therapist")
    client.logout()
    login_as(stranger)
    assert client.get(f"/progress/members/{member.pk}/").status_code == 404
    assert client.get(f"/check-in/{row.pk}/").status_code == 404


def test_reads_are_audited(login_as, member, planned, checkin):
    planned(member)
    row = checkin(member).checkin
    login_as(member).get(f"/check-in/{row.pk}/")
    assert AuditEvent.objects.filter(
        action="read", object_type="checkin", object_id=str(row.pk), subject_member_id=member.pk
    ).exists()


def test_progress_page_query_count_does_not_grow_with_rows(login_as, member, planned, checkin):
    planned(member)
    client = login_as(member)
    start = date(2026, 1, 5)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/progress/").status_code == 200
        return len(ctx.captured_queries)

    checkin(member, day=start)
    few = count()
    for n in range(1, 15):
        checkin(member, day=start + timedelta(days=n), pain_during=2)
    for kind in ("heel_raises", "knee_to_wall"):
        record_self_test(member=member, kind=kind, left=10, right=12, by=member)
    submit_prom(
        member=member, measure="psfs", timepoint="baseline",
        answers={"activities": [{"activity": "run", "rating": 4}]}, by=member,
    )  # fmt: skip
    assert count() <= few + 3  # self-test and PROM reads appear once rows exist, never per row


def test_progress_shows_recorded_data_with_table_fallbacks(login_as, member, planned, checkin):
    planned(member)
    start = date(2026, 1, 5)
    for n in range(14):
        checkin(member, day=start + timedelta(days=n), pain_now=4 if n < 7 else 2, pain_during=2)
    record_self_test(member=member, kind="heel_raises", left=18, right=25, by=member)
    page = login_as(member).get("/progress/").content.decode()
    assert 'data-chart-source="chart-pain"' in page and "Show as a table" in page
    assert "72.0 %" in page  # left is the sore side: 18 / 25
    assert "4.0 → 2.0" in page  # this member's own change, first week vs latest week


def test_member_home_reminds_of_due_questionnaires(login_as, member, planned):
    planned(member)
    page = login_as(member).get("/home/").content.decode()
    assert "Questionnaires to answer" in page
    assert "/check-in/questionnaires/lefs/baseline/" in page and "Overdue" not in page


def test_member_home_reads_the_open_episode_once(login_as, member, planned):
    """The home page and its questionnaire reminder share one read (and one audit row) of the
    open episode; a second read cost a query and an audit transaction on every home page."""
    planned(member)
    client = login_as(member)
    client.get("/home/")
    before = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with CaptureQueriesContext(connection) as ctx:
        page = client.get("/home/").content.decode()
    assert "Questionnaires to answer" in page
    episode_reads = [q for q in ctx.captured_queries if 'FROM "members_episode"' in q["sql"]]
    assert len(episode_reads) == 1
    audited = AuditEvent.objects.filter(pk__gt=before, object_type="episode")
    assert audited.count() == 1

"""No member sees or changes another's running data; therapists read only while assigned."""

from __future__ import annotations

import pytest

from runcare.activities.models import Activity, ImportJob, RunPain
from runcare.audit.models import AuditEvent
from runcare.training.fitwriter import run_file
from tests.web.activities.conftest import runs, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned(member, import_file) -> Activity:
    import_file(member, run_file(runs(1)[0]))
    return Activity.objects.get(member=member)


def test_other_member_gets_404_on_every_page(owned, member, other_member, login_as) -> None:
    client = login_as(other_member)
    job = ImportJob.objects.get(member=member)
    for url in (f"/runs/{owned.pk}/", f"/runs/import/{job.pk}/", f"/members/{member.pk}/runs/",
                f"/members/{member.pk}/load/"):  # fmt: skip
        assert client.get(url).status_code == 404, url
    assert client.post(f"/runs/{owned.pk}/pain/", {"during": 1}).status_code == 404
    assert client.post(f"/runs/{owned.pk}/delete/").status_code == 404
    assert not RunPain.objects.exists() and Activity.objects.filter(pk=owned.pk).exists()
    assert AuditEvent.objects.filter(actor_id=other_member.pk, action="authz_fail").count() >= 6


def test_other_member_gets_404_from_the_api(owned, member, other_member, login_as) -> None:
    client = login_as(other_member)
    job = ImportJob.objects.get(member=member)
    urls = [
        f"/api/v1/activities/{owned.pk}",
        f"/api/v1/activities/imports/{job.pk}",
        f"/api/v1/members/{member.pk}/activities",
        f"/api/v1/members/{member.pk}/load",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    put = client.put(f"/api/v1/activities/{owned.pk}/pain", {"during": 2},
                     content_type="application/json")  # fmt: skip
    assert put.status_code == 404 and not RunPain.objects.exists()


def test_uploads_always_go_to_the_signed_in_member(
    owned, member, other_member, login_as, django_capture_on_commit_callbacks
) -> None:
    client = login_as(other_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/v1/activities/imports",
                               {"file": upload(run_file(runs(2)[1]))})  # fmt: skip
    assert response.status_code == 202
    assert Activity.objects.filter(member=member).count() == 1
    assert Activity.objects.filter(member=other_member).count() == 1


def test_therapist_reads_assigned_members_runs_but_cannot_write(
    owned, member, therapist, assign, login_as
) -> None:
    client = login_as(therapist)
    assert client.get(f"/runs/{owned.pk}/").status_code == 404  # not assigned yet
    assign(therapist, member)
    assert client.get(f"/runs/{owned.pk}/").status_code == 200
    assert client.get(f"/members/{member.pk}/runs/").status_code == 200
    assert client.get(f"/members/{member.pk}/load/").status_code == 200
    assert client.post(f"/runs/{owned.pk}/pain/", {"during": 1}).status_code == 403
    assert client.get("/runs/import/").status_code == 404  # therapists import nothing
    put = client.put(f"/api/v1/activities/{owned.pk}/pain", {"during": 2},
                     content_type="application/json")  # fmt: skip
    assert put.status_code == 403 and not RunPain.objects.exists()


def test_reads_are_audited(owned, member, login_as) -> None:
    client = login_as(member)
    before = AuditEvent.objects.count()
    client.get(f"/runs/{owned.pk}/")
    client.get("/runs/")
    client.get("/load/")
    rows = AuditEvent.objects.order_by("id")[before:]
    events = list(rows.values_list("action", "object_type", "subject_member_id"))
    assert ("read", "activity", member.pk) in events
    assert ("list", "activity", member.pk) in events
    assert ("read", "load_report", member.pk) in events

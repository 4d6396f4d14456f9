"""The running-data API: upload → job → activities → pain → load, with the shared error shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from runcare.activities.models import Activity
from runcare.training.fitwriter import SyntheticRun, run_file
from tests.web.activities.conftest import runs, upload

pytestmark = pytest.mark.django_db


def test_upload_job_list_detail_pain(member, login_as, django_capture_on_commit_callbacks) -> None:
    client = login_as(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/v1/activities/imports", {"file": upload(run_file(runs(1)[0]))})
    assert response.status_code == 202
    job = client.get(response.json()["status_url"]).json()
    assert job["state"] == "done" and job["imported"] == 1 and job["progress"] == 1.0
    (item,) = client.get(f"/api/v1/members/{member.pk}/activities").json()
    assert item["sport"] == "running" and item["distance_m"] == pytest.approx(5000)
    detail = client.get(f"/api/v1/activities/{item['id']}").json()
    assert detail["pain"] is None and "cadence_spm" in detail["streams"]
    put = client.put(f"/api/v1/activities/{item['id']}/pain", {"during": 1, "next_morning": 2},
                     content_type="application/json")  # fmt: skip
    assert put.status_code == 200 and put.json()["next_morning"] == 2
    assert client.get(f"/api/v1/activities/{item['id']}").json()["pain"]["during"] == 1


@pytest.mark.parametrize("body", [{"during": 11}, {"after": -1}, {}])
def test_pain_validation_matches_the_form(member, login_as, import_file, body) -> None:
    import_file(member, run_file(runs(1)[0]))
    activity = Activity.objects.get()
    response = login_as(member).put(f"/api/v1/activities/{activity.pk}/pain", body,
                                    content_type="application/json")  # fmt: skip
    assert response.status_code == 422 and response.json()["error"]["code"] == "validation_error"


def test_upload_without_file_is_a_400(member, login_as) -> None:
    response = login_as(member).post("/api/v1/activities/imports", {})
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"


@override_settings(UPLOAD_MAX_BYTES=100_000)
def test_too_large_upload_is_a_413(member, login_as) -> None:
    response = login_as(member).post("/api/v1/activities/imports",
                                     {"file": upload(b"\0" * 300_000, "x.zip")})  # fmt: skip
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def test_fit_over_its_limit_is_a_413(member, login_as) -> None:
    big = run_file(runs(1)[0]) + b"\0" * (11 * 2**20)
    response = login_as(member).post("/api/v1/activities/imports", {"file": upload(big)})
    assert response.status_code == 413 and "10 MiB" in response.json()["error"]["message"]


def test_load_report_json(member, login_as, import_file, export) -> None:
    today = timezone.now().date()
    base = datetime.combine(today - timedelta(days=20), datetime.min.time(), tzinfo=UTC)
    history = [SyntheticRun(base + timedelta(days=3 * i, hours=7), 5000, 1700, interval_s=10)
               for i in range(6)]  # fmt: skip
    history.append(SyntheticRun(base + timedelta(days=19, hours=7), 6000, 2000, interval_s=10))
    import_file(member, export(history), "e.zip")
    body = login_as(member).get(f"/api/v1/members/{member.pk}/load").json()
    (spike,) = [f for f in body["flags"] if f["rule_id"] == "L1-SPIKE"]
    assert spike["level"] == "warn" and spike["evidence"] == ["S52"]
    assert spike["inputs"]["increase"] == pytest.approx(0.2)
    assert body["spike_block"] is False and len(body["weeks"]) >= 8
    assert body["acwr"] is None or "never changes your plan" in body["acwr"]["caveat"]
    assert body["gait"][0]["avg_cadence_spm"] == pytest.approx(170)


def test_delete_through_the_api(member, login_as, import_file) -> None:
    import_file(member, run_file(runs(1)[0]))
    activity = Activity.objects.get()
    assert login_as(member).delete(f"/api/v1/activities/{activity.pk}").status_code == 204
    assert not Activity.objects.exists()

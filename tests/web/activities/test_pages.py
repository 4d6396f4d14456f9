"""Pages: upload with limits, progress fragment, list (query count), detail with pain, load."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from runcare.activities.models import Activity, RunPain
from runcare.training.fitwriter import SyntheticRun, run_file
from tests.web.activities.conftest import runs, upload

pytestmark = pytest.mark.django_db


def test_upload_page_offers_drag_and_drop_and_a_plain_input(member, login_as) -> None:
    html = login_as(member).get("/runs/import/").content.decode()
    assert "data-dropzone" in html and 'type="file"' in html and "activities/upload.js" in html
    assert " style=" not in html and "onclick" not in html and "<script>" not in html


def test_upload_redirects_to_progress_which_shows_the_summary(
    member, login_as, django_capture_on_commit_callbacks
) -> None:
    client = login_as(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/runs/import/", {"file": upload(run_file(runs(1)[0]))})
    assert response.status_code == 302
    job_url = response["Location"]
    page = client.get(job_url).content.decode()
    assert "Import finished" in page and 'value="100"' in page
    fragment = client.get(job_url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith("<section") and "hx-trigger" not in fragment


def test_progress_fragment_polls_until_done(member, login_as) -> None:
    from runcare.activities.models import ImportJob

    job = ImportJob.objects.create(member=member, original_name="e.zip", progress=0.4,
                                   state="running", processed=40, total_estimate=100)  # fmt: skip
    fragment = login_as(member).get(f"/runs/import/{job.pk}/", headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert 'hx-trigger="every 1s"' in html and 'value="40"' in html


def test_fit_over_its_format_limit_is_refused_with_413(member, login_as) -> None:
    big = run_file(runs(1)[0]) + b"\0" * (11 * 2**20)
    response = login_as(member).post("/runs/import/", {"file": upload(big)})
    assert response.status_code == 413
    assert "may be at most 10 MiB" in response.content.decode()
    assert not Activity.objects.exists()


@override_settings(UPLOAD_MAX_BYTES=100_000)
def test_declared_length_over_the_cap_is_refused_before_reading(member, login_as) -> None:
    client = login_as(member)
    response = client.post("/runs/import/", {"file": upload(b"\0" * 300_000, "x.zip")})
    assert response.status_code == 413
    assert "The upload is too large: at most 97 KiB." in response.content.decode()


def test_upload_without_a_file_is_a_400(member, login_as) -> None:
    assert login_as(member).post("/runs/import/", {}).status_code == 400


def _activities(member, n: int) -> list[Activity]:
    start = datetime(2025, 1, 1, 7, tzinfo=UTC)
    rows = [Activity(member=member, content_hash=f"h{i}", source_kind="fit", file_format="fit",
                     sport="running", start_time_utc=start + timedelta(days=i), distance_m=5000,
                     timer_s=1800) for i in range(n)]  # fmt: skip
    made = Activity.objects.bulk_create(rows)
    RunPain.objects.bulk_create([RunPain(activity=a, member=member, during=i % 8)
                                 for i, a in enumerate(made)])  # fmt: skip
    return made


def test_list_page_has_no_query_per_row(member, login_as, django_assert_max_num_queries) -> None:
    client = login_as(member)
    _activities(member, 30)
    with django_assert_max_num_queries(12):
        html = client.get("/runs/").content.decode()
    assert html.count('href="/runs/') >= 25 and "Page 1 of 2" in html
    assert "badge--pain-high" in html


def test_detail_shows_the_chart_the_splits_and_records_pain(member, login_as, import_file) -> None:
    import_file(member, run_file(SyntheticRun(datetime(2025, 3, 1, 7, tzinfo=UTC), 5000, 1800)))
    activity = Activity.objects.get()
    client = login_as(member)
    html = client.get(f"/runs/{activity.pk}/").content.decode()
    assert 'data-chart-source="run-chart"' in html and "Show as a table" in html
    chart = json.loads(re.search(r'id="run-chart"[^>]*>(.*?)</script>', html).group(1))
    assert chart["x_kind"] == "time" and len(chart["series"]) == 3
    assert html.count("<tr><td>") >= 5  # five kilometre splits
    response = client.post(f"/runs/{activity.pk}/pain/", {"during": 2, "after": 3},
                           headers={"HX-Request": "true"})  # fmt: skip
    assert response.status_code == 200 and "Pain saved" in response.content.decode()
    pain = RunPain.objects.get(activity=activity)
    assert (pain.during, pain.after, pain.next_morning) == (2, 3, None)
    bad = client.post(f"/runs/{activity.pk}/pain/", {"during": 11})
    assert bad.status_code == 400 and RunPain.objects.get().during == 2


def test_pain_form_needs_one_value(member, login_as, import_file) -> None:
    import_file(member, run_file(runs(1)[0]))
    activity = Activity.objects.get()
    response = login_as(member).post(f"/runs/{activity.pk}/pain/", {})
    assert response.status_code == 400 and "at least one pain score" in response.content.decode()


def test_delete_removes_the_activity(member, login_as, import_file) -> None:
    import_file(member, run_file(runs(1)[0]))
    activity = Activity.objects.get()
    assert login_as(member).post(f"/runs/{activity.pk}/delete/").status_code == 302
    assert not Activity.objects.exists()


def test_load_page_explains_a_spike_with_its_rule_and_evidence(
    member, login_as, import_file, export
) -> None:
    today = timezone.now().date()
    base = datetime.combine(today - timedelta(days=20), datetime.min.time(), tzinfo=UTC)
    history = [SyntheticRun(base + timedelta(days=3 * i, hours=7), 5000, 1700, interval_s=10)
               for i in range(6)]  # fmt: skip
    history.append(SyntheticRun(base + timedelta(days=19, hours=7), 12000, 4100, interval_s=10))
    import_file(member, export(history), "e.zip")
    html = login_as(member).get("/load/").content.decode()
    assert "L1-SPIKE" in html and "flag--block" in html and "S52" in html
    assert "Frandsen" in html and "more than twice as long" in html
    for source in ("weekly-chart", "runs-chart", "gait-chart"):
        assert f'data-chart-source="{source}"' in html
    assert "Show as a table" in html and "L5-ACWR" in html


def test_navigation_lists_runs_and_load_for_members(member, login_as) -> None:
    html = login_as(member).get("/home/").content.decode()
    assert 'href="/runs/"' in html and 'href="/load/"' in html

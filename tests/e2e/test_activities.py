"""Running data in a real Chromium: drop a watch file, import a Strava export, watch progress,
open a run, record pain on it, read the load page with its charts and flags."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from runcare.activities.demo import strava_export_zip
from runcare.activities.models import Activity, RunPain
from runcare.training.fitwriter import SyntheticRun, run_file
from tests.e2e.conftest import shoot
from tests.e2e.test_platform_flows import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

DROP = """([name, b64]) => {
  const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, {type: "application/octet-stream"}));
  const zone = document.querySelector("[data-dropzone]");
  const init = {dataTransfer: dt, bubbles: true, cancelable: true};
  zone.dispatchEvent(new DragEvent("dragover", init));
  zone.dispatchEvent(new DragEvent("drop", init));
}"""


def history() -> list[SyntheticRun]:
    today = timezone.now().date()
    base = datetime.combine(today - timedelta(days=27), datetime.min.time(), tzinfo=UTC)
    runs = [SyntheticRun(base + timedelta(days=3 * i, hours=7), 6000 + 200 * (i % 3),
                         2100, cadence_spm=158, interval_s=10) for i in range(8)]  # fmt: skip
    return [*runs, SyntheticRun(base + timedelta(days=26, hours=7), 9500, 3300, interval_s=10)]


def expect_finished(page, imported: int) -> None:
    expect(page.get_by_role("heading", name="Import finished")).to_be_visible()
    expect(page.locator("progress#import-bar")).to_have_attribute("value", "100")
    expect(page.locator(".summary-counts")).to_contain_text(f"{imported} imported")


def test_import_browse_record_pain_and_read_load(page, member, tmp_path):
    sign_in(page, member.email)
    page.goto("/runs/import/")
    shoot(page, "runs-upload")
    watch = SyntheticRun(datetime.now(UTC) - timedelta(days=2, hours=3), 5000, 1700)
    payload = base64.b64encode(run_file(watch)).decode()
    page.evaluate(DROP, ["morning.fit", payload])
    expect(page.locator("[data-dropzone-name]")).to_have_text("morning.fit")
    page.get_by_role("button", name="Import").click()
    expect(page).to_have_url(re.compile(r"/runs/import/\d+/$"))
    expect_finished(page, 1)

    export = tmp_path / "strava-export.zip"
    export.write_bytes(strava_export_zip(history(), names=[f"Club run {i}" for i in range(9)]))
    page.goto("/runs/import/")
    page.get_by_label("Activity file or account export").set_input_files(str(export))
    page.get_by_role("button", name="Import").click()
    expect_finished(page, 9)
    shoot(page, "runs-import-done")

    page.get_by_role("link", name="See your runs").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your runs")
    assert page.locator("tbody tr").count() == 10
    shoot(page, "runs-list")
    page.get_by_role("link", name=re.compile(r"^\w{3} \d")).first.click()
    expect(page.locator("figure.chart")).to_have_attribute("data-chart-rendered", "true")
    page.get_by_label("Pain during the run").fill("3")
    page.get_by_label("Pain the next morning").fill("5")
    page.get_by_role("button", name="Save pain").click()
    expect(page.get_by_role("status")).to_contain_text("Pain saved")
    shoot(page, "runs-detail")
    pain = RunPain.objects.get()
    assert (pain.during, pain.after, pain.next_morning) == (3, None, 5)

    page.goto("/load/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Running load")
    for source in ("weekly-chart", "runs-chart", "gait-chart"):
        expect(page.locator(f'figure[data-chart-source="{source}"]')).to_have_attribute(
            "data-chart-rendered", "true"
        )
    expect(page.locator(".flag").first).to_contain_text("L1-SPIKE")
    expect(page.get_by_text("Frandsen").first).to_be_attached()
    page.get_by_text("Show as a table").first.click()
    shoot(page, "runs-load")
    assert Activity.objects.filter(member=member).count() == 10
    assert page.console_errors == []


def test_another_members_run_is_not_found(page, member, other_member):
    activity = Activity.objects.create(member=other_member, content_hash="x", source_kind="fit",
                                       file_format="fit", sport="running",
                                       start_time_utc=datetime(2025, 1, 1, tzinfo=UTC))  # fmt: skip
    sign_in(page, member.email)
    response = page.goto(f"/runs/{activity.pk}/")
    assert response is not None and response.status == 404

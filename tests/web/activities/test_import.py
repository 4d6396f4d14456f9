"""Imports: single files, Strava exports, de-duplication, idempotency, resuming, hostile input."""

from __future__ import annotations

import pytest

from runcare.activities import actions, importing
from runcare.activities.models import Activity, ImportJob, JobState
from runcare.activities.uploads import stored_path
from runcare.training.fitwriter import run_file
from tests.web.activities.conftest import XXE_GPX, gz, runs, zip_of

pytestmark = pytest.mark.django_db


def test_single_fit_file_is_stored_with_its_metrics(member, import_file) -> None:
    (run,) = runs(1)
    job = import_file(member, run_file(run))
    assert (job.state, job.imported, job.failed, job.progress) == (JobState.DONE, 1, 0, 1.0)
    a = Activity.objects.get(member=member)
    assert a.sport == "running" and a.source_kind == "fit" and a.start_time_utc == run.start_utc
    assert a.distance_m == pytest.approx(5000) and a.avg_cadence_spm == pytest.approx(166)
    assert a.avg_heart_rate_bpm == pytest.approx(150)
    assert set(a.streams) == {"time_s", "distance_m", "speed_m_s", "heart_rate_bpm",
                              "cadence_spm", "altitude_m"}  # fmt: skip  # no positions kept
    assert job.stored_name == "" and not any(stored_path("").iterdir())  # upload deleted


def test_strava_export_imports_names_and_gear_and_is_idempotent(
    member, import_file, export
) -> None:
    data = export(runs(7), names=[f"Morning {i}" for i in range(7)])
    job = import_file(member, data, "export.zip")
    assert (job.imported, job.duplicates, job.failed) == (7, 0, 0)
    assert set(Activity.objects.values_list("source_kind", flat=True)) == {"strava"}
    assert Activity.objects.filter(name="Morning 3", gear="Trail shoes").count() == 1
    again = import_file(member, data, "export.zip")
    assert (again.imported, again.duplicates) == (0, 7)
    assert Activity.objects.filter(member=member).count() == 7


def test_watch_file_and_the_same_run_in_a_strava_export_are_stored_once(
    member, import_file, export
) -> None:
    first, second = runs(2)
    import_file(member, run_file(first, compressed_timestamps=True))  # other bytes than Strava's
    job = import_file(member, export([first, second], names=["Watch run", "Other"]), "e.zip")
    assert (job.imported, job.duplicates) == (1, 1)
    assert Activity.objects.filter(member=member).count() == 2
    kept = Activity.objects.get(start_time_utc=first.start_utc)
    assert kept.source_kind == "fit" and kept.name == "Watch run"  # the export named it


def test_export_first_then_watch_file_is_a_duplicate(member, import_file, export) -> None:
    (run,) = runs(1)
    import_file(member, export([run]), "e.zip")
    job = import_file(member, gz(run_file(run)), "run.fit.gz")
    assert (job.imported, job.duplicates, job.state) == (0, 1, JobState.DONE)


def test_members_imports_do_not_deduplicate_against_each_other(
    member, other_member, import_file
) -> None:
    data = run_file(runs(1)[0])
    import_file(member, data)
    assert import_file(other_member, data).imported == 1


def test_hostile_files_fail_alone_while_good_files_import(member, import_file) -> None:
    good, bad_crc = runs(2)
    broken = bytearray(run_file(bad_crc))
    broken[-1] ^= 0xFF
    bomb = gz(b"\0" * (80 * 2**20))
    data = zip_of({"a/good.fit": run_file(good), "a/xxe.gpx": XXE_GPX, "a/crc.fit": bytes(broken),
                   "a/bomb.fit.gz": bomb, "a/notes.txt": b"ignored"})  # fmt: skip
    job = import_file(member, data, "mixed.zip")
    assert (job.state, job.imported, job.failed) == (JobState.DONE, 1, 3)
    reasons = {n["file"]: n["reason"] for n in job.notes}
    assert "document type declaration" in reasons["a/xxe.gpx"]
    assert "checksum" in reasons["a/crc.fit"].lower()
    assert "expands to more than" in reasons["a/bomb.fit.gz"]
    assert "root:" not in str(job.notes)  # the XXE canary never reached anything
    assert Activity.objects.filter(member=member).count() == 1


def test_zip_bomb_fails_the_whole_upload_and_imports_nothing(member, import_file) -> None:
    job = import_file(member, zip_of({"activities/a.fit": b"\0" * (20 * 2**20)}), "bomb.zip")
    assert job.state == JobState.FAILED and "compressed beyond" in job.message
    assert not Activity.objects.exists()
    assert job.stored_name == ""


def test_unreadable_single_file_is_reported(member, import_file) -> None:
    job = import_file(member, b"hello, not a watch file", "x.fit")
    assert job.state == JobState.FAILED and "not a FIT, GPX or TCX" in job.message


def test_truncated_fit_keeps_what_came_before_the_cut(member, import_file) -> None:
    data = run_file(runs(1)[0])
    job = import_file(member, data[: len(data) // 2], "cut.fit")
    assert job.imported == 1 and Activity.objects.get().partial
    assert job.notes[0]["outcome"] == "partial"


def test_non_activity_fit_file_is_skipped_with_a_reason(member, import_file) -> None:
    from runcare.training.fitwriter import run_writer

    job = import_file(member, run_writer(runs(1), file_type=6).to_bytes(), "course.fit")
    assert (job.skipped, job.imported) == (1, 0) and "not an activity" in job.notes[0]["reason"]


def test_interrupted_import_resumes_without_duplicates(member, export, monkeypatch) -> None:
    from django.core.files.base import ContentFile

    data = export(runs(9))
    job = actions.start_import(member=member, upload=ContentFile(data, "e.zip"), by=member,
                               enqueue=False)  # fmt: skip
    real_commit, calls = importing.commit, []

    def crash_on_second_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker killed")
        return real_commit(*args, **kwargs)

    monkeypatch.setattr(importing, "commit", crash_on_second_batch)
    with pytest.raises(RuntimeError):
        actions.run_import(job.pk, batch_size=4)
    job.refresh_from_db()
    assert job.state == JobState.FAILED and job.processed == 4 and job.imported == 4
    assert Activity.objects.count() == 4 and stored_path(job.stored_name).exists()
    monkeypatch.setattr(importing, "commit", real_commit)
    assert job.resumable
    job = actions.run_import(job.pk, batch_size=4)
    assert (job.state, job.processed, job.imported, job.duplicates) == (JobState.DONE, 9, 9, 0)
    assert Activity.objects.count() == 9
    assert actions.run_import(job.pk).imported == 9  # a finished job is not run again


def test_only_the_member_starts_imports_into_their_runs(member, other_member) -> None:
    from django.core.exceptions import PermissionDenied
    from django.core.files.base import ContentFile

    with pytest.raises(PermissionDenied):
        actions.start_import(member=member, upload=ContentFile(b"x", "a.fit"), by=other_member)
    assert not ImportJob.objects.exists()


def test_a_stopped_import_is_continued_from_its_page(
    member, login_as, export, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    from django.core.files.base import ContentFile

    job = actions.start_import(member=member, upload=ContentFile(export(runs(3)), "e.zip"),
                               by=member, enqueue=False)  # fmt: skip
    monkeypatch.setattr(importing, "commit", lambda *a, **k: (_ for _ in ()).throw(OSError))
    with pytest.raises(OSError):
        actions.run_import(job.pk)
    monkeypatch.undo()
    client = login_as(member)
    assert "Continue the import" in client.get(f"/runs/import/{job.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/runs/import/{job.pk}/resume/")
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.state, job.imported, job.resumable) == (JobState.DONE, 3, False)


def test_gps_positions_never_reach_logs_or_the_database(member, import_file, caplog) -> None:
    gpx = (
        b'<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        b'<trkpt lat="51.4816123" lon="-3.1791456"><time>2025-03-02T07:00:00Z</time></trkpt>'
        b'<trkpt lat="51.4916123" lon="-3.1791456"><time>2025-03-02T07:06:00Z</time></trkpt>'
        b"</trkseg></trk></gpx>"
    )
    caplog.set_level("DEBUG")
    job = import_file(member, gpx, "home.gpx")
    assert job.imported == 1
    stored = str(Activity.objects.values().get())
    for canary in ("51.48", "3.179"):
        assert canary not in caplog.text and canary not in stored

"""An import whose worker died stays "running" without a heartbeat: after ten minutes it shows
as stopped with "Continue the import", and `runcare worker` queues it again at start-up."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from runcare.activities import actions
from runcare.activities.models import STALL_MINUTES, Activity, ImportJob, JobState
from tests.web.activities.conftest import runs

pytestmark = pytest.mark.django_db


def _left_running(member: Any, export: Any, minutes_ago: int) -> ImportJob:
    """A job the way a killed worker leaves it: running, its upload still stored."""
    job = actions.start_import(member=member, upload=ContentFile(export(runs(3)), "e.zip"),
                               by=member, enqueue=False)  # fmt: skip
    beat = timezone.now() - timedelta(minutes=minutes_ago)
    ImportJob.objects.filter(pk=job.pk).update(state=JobState.RUNNING, heartbeat_at=beat)
    job.refresh_from_db()
    return job


def test_a_silent_running_import_shows_as_stopped_with_continue(member, export, login_as):
    job = _left_running(member, export, STALL_MINUTES + 1)
    assert job.stalled and job.resumable
    html = login_as(member).get(f"/runs/import/{job.pk}/").content.decode()
    assert "Import stopped" in html and "Continue the import" in html
    assert 'hx-trigger="every 1s"' not in html  # no endless polling of a dead job
    body = login_as(member).get(f"/api/v1/activities/imports/{job.pk}").json()
    assert body["stalled"] is True and body["resumable"] is True


def test_a_recent_heartbeat_is_still_importing(member, export, login_as):
    job = _left_running(member, export, STALL_MINUTES - 1)
    assert not job.stalled and not job.resumable
    html = login_as(member).get(f"/runs/import/{job.pk}/").content.decode()
    assert "Continue the import" not in html and 'hx-trigger="every 1s"' in html


def test_continue_finishes_a_stalled_import(
    member, export, login_as, django_capture_on_commit_callbacks
):
    job = _left_running(member, export, STALL_MINUTES + 5)
    with django_capture_on_commit_callbacks(execute=True):
        assert login_as(member).post(f"/runs/import/{job.pk}/resume/").status_code == 302
    job.refresh_from_db()
    assert (job.state, job.imported) == (JobState.DONE, 3)


def test_worker_start_up_queues_stalled_imports_again(
    member, export, monkeypatch, django_capture_on_commit_callbacks
):
    from typer.testing import CliRunner

    from runcare.cli import app
    from runcare.commands import platform

    stalled = _left_running(member, export, STALL_MINUTES + 1)
    busy = _left_running(member, export, 1)
    started: list[str] = []
    monkeypatch.setattr(platform, "setup_django", lambda: None)
    monkeypatch.setattr(platform, "_manage", lambda *args: started.append(args[0]))
    with django_capture_on_commit_callbacks(execute=True):
        result = CliRunner().invoke(app, ["worker"])
    assert result.exit_code == 0, result.output
    assert f"[{stalled.pk}]" in result.output and started == ["db_worker"]
    stalled.refresh_from_db()
    busy.refresh_from_db()
    assert stalled.state == JobState.DONE and busy.state == JobState.RUNNING
    assert Activity.objects.filter(import_job=stalled).count() == 3


def test_progress_updates_the_heartbeat(member, import_file, export):
    job = import_file(member, export(runs(2)), "e.zip")
    assert job.state == JobState.DONE and job.heartbeat_at is not None

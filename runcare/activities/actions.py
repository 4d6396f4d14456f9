"""Every write of running data: start and run imports, pain on a run, deleting a run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from runcare.activities import importing, signals, sources
from runcare.activities.known import KnownActivities
from runcare.activities.models import Activity, ImportJob, JobState, RunPain
from runcare.activities.uploads import check_size, store_upload, stored_path
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction
from runcare.training.parsing import ImportRejected

log = logging.getLogger(__name__)
BATCH_SIZE = 50
STOPPED = "The import stopped before the end; trying again continues where it stopped."
Progress = Callable[[ImportJob], None]


def _own(member: Any, by: Any) -> None:
    """Only the runner writes their running data (the CLI operator passes ``by=None``)."""
    if by is not None and getattr(by, "pk", None) != member.pk:
        raise PermissionDenied("Only the member can change their running data.")


def start_import(*, member: Any, upload: Any, by: Any, enqueue: bool = True) -> ImportJob:
    """Store the upload under a server-generated name and queue its import."""
    _own(member, by)
    head = upload.read(4096)
    upload.seek(0)
    check_size(upload.size, head)
    stored, size = store_upload(upload.chunks())
    job = ImportJob.objects.create(
        member=member,
        original_name=(getattr(upload, "name", "") or "upload").rsplit("/", 1)[-1][-200:],
        stored_name=stored,
        upload_bytes=size,
    )
    record_event(action=AuditAction.CREATE, actor=by, subject_member_id=member.pk,
                 object_type="importjob", object_id=job.pk)  # fmt: skip
    if enqueue:
        from runcare.activities.tasks import import_activities

        transaction.on_commit(lambda: import_activities.enqueue(job.pk))
    return job


def resume_import(*, job: ImportJob, by: Any) -> ImportJob:
    """Queue an import that stopped part-way (failed, or stalled because its worker died);
    it continues after its last committed batch."""
    _own(job.member, by)
    if not job.resumable:
        return job
    _requeue(job)
    return job


def _requeue(job: ImportJob) -> None:
    from runcare.activities.tasks import import_activities

    job.state, job.heartbeat_at = JobState.QUEUED, timezone.now()
    job.save(update_fields=["state", "heartbeat_at"])
    transaction.on_commit(lambda: import_activities.enqueue(job.pk))


def requeue_stalled() -> list[int]:
    """Re-queue every stalled import (run at worker start-up, when no import can be running
    in this worker); returns their ids. The heartbeat is reset first so that a second worker
    starting at the same time does not queue the same job twice."""
    ids: list[int] = []
    with transaction.atomic():
        running = (
            ImportJob.objects.select_for_update(skip_locked=True)
            .filter(state=JobState.RUNNING)
            .exclude(stored_name="")
        )
        for job in running:
            if job.stalled:
                log.warning("import %s stalled: queued again", job.pk)
                _requeue(job)
                ids.append(job.pk)
    return ids


def run_import(job_id: int, *, progress: Progress | None = None,
               batch_size: int = BATCH_SIZE) -> ImportJob:  # fmt: skip
    """Import a stored upload: resumable (continues after the last committed batch)."""
    job = ImportJob.objects.get(pk=job_id)
    if job.state == JobState.DONE or not job.stored_name:
        return job
    path = stored_path(job.stored_name)
    if job.started_at is None:
        job.started_at = timezone.now()
    if not job.total_estimate:
        job.total_estimate = sources.estimate_entries(path) if sources.sniff(path) == "zip" else 1
    job.state, job.message, job.heartbeat_at = JobState.RUNNING, "", timezone.now()
    job.save(update_fields=["state", "message", "started_at", "total_estimate", "heartbeat_at"])
    try:
        _import_items(job, path, progress, batch_size)
    except Exception as exc:
        # the id and the error type only: messages could carry values from the files
        log.error("import %s stopped: %s", job.pk, type(exc).__name__)
        ImportJob.objects.filter(pk=job.pk).update(state=JobState.FAILED, message=STOPPED)
        raise
    return job


def _import_items(job: ImportJob, path: Any, progress: Progress | None, batch_size: int) -> None:
    known = KnownActivities.of_member(job.member_id)
    tally = importing.Tally.of(job)
    try:
        for item in sources.items_of(path, job.original_name, skip=job.processed):
            importing.process(item, job, known, tally)
            if tally.processed % batch_size == 0:
                importing.commit(job, tally, _fraction(job, tally.processed))
                if progress:
                    progress(job)
    except ImportRejected as exc:
        tally.failed += 1
        tally.note(job.original_name, "failed", exc.message)
    importing.commit(job, tally, 1.0)
    _finish(job, path)
    if progress:
        progress(job)


def _fraction(job: ImportJob, processed: int) -> float:
    return min(0.99, processed / max(job.total_estimate, processed + 1))


def _finish(job: ImportJob, path: Any) -> None:
    unreadable = job.failed and not (job.imported or job.duplicates or job.skipped)
    job.state = JobState.FAILED if unreadable else JobState.DONE
    job.message = job.notes[0]["reason"] if unreadable and job.notes else ""
    job.finished_at, job.stored_name = timezone.now(), ""
    job.save(update_fields=["state", "message", "finished_at", "stored_name"])
    path.unlink(missing_ok=True)
    if job.imported:
        signals.runs_imported.send(sender=ImportJob, member=job.member, job=job)


def record_run_pain(*, activity: Activity, during: int | None, after: int | None,
                    next_morning: int | None, by: Any) -> RunPain:  # fmt: skip
    """Pain (0-10) during, after and the morning after a run; a second call updates it."""
    _own(activity.member, by)
    values = {"during": during, "after": after, "next_morning": next_morning}
    if all(v is None for v in values.values()):
        raise ValueError("Give at least one pain score.")
    if any(v is not None and not 0 <= v <= 10 for v in values.values()):
        raise ValueError("Pain scores go from 0 to 10.")
    with transaction.atomic():
        pain, created = RunPain.objects.update_or_create(
            activity=activity,
            defaults={**values, "member_id": activity.member_id, "recorded_at": timezone.now()},
        )
        record_event(action=AuditAction.CREATE if created else AuditAction.UPDATE, actor=by,
                     subject_member_id=activity.member_id, object_type="runpain",
                     object_id=pain.pk)  # fmt: skip
    replies = signals.run_pain_recorded.send(sender=RunPain, pain=pain, by=by)
    pain.plan_notes = [str(reply) for _, reply in replies if reply]  # type: ignore[attr-defined]
    return pain


def delete_activity(*, activity: Activity, by: Any) -> None:
    _own(activity.member, by)
    with transaction.atomic():
        record_event(action=AuditAction.DELETE, actor=by, subject_member_id=activity.member_id,
                     object_type="activity", object_id=activity.pk)  # fmt: skip
        activity.delete()

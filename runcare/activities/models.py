"""Stored activities, the import jobs that create them, and pain recorded on a run.

Activities keep summaries and downsampled chart streams (time, distance, speed, heart rate,
cadence, altitude), never GPS positions: a track reveals where a runner lives.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

STALL_MINUTES = 10
"""A running import commits a batch (and its heartbeat) every few seconds even on slow files,
each of which is parsed under a time cap far below this; ten silent minutes mean the worker died."""


class SourceKind(models.TextChoices):
    FIT = "fit", "FIT file"
    GPX = "gpx", "GPX file"
    TCX = "tcx", "TCX file"
    STRAVA = "strava", "Strava export"
    GARMIN = "garmin", "Garmin Connect export"


NON_NEGATIVE = (
    "distance_m",
    "elapsed_s",
    "timer_s",
    "avg_cadence_spm",
    "avg_stride_length_m",
    "avg_heart_rate_bpm",
    "max_heart_rate_bpm",
    "elevation_gain_m",
)


class Activity(models.Model):
    """One session of one file (a multisport file gives one row per leg)."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities"
    )
    import_job = models.ForeignKey(
        "ImportJob", on_delete=models.SET_NULL, null=True, blank=True, related_name="activities"
    )
    content_hash = models.CharField(max_length=64)
    session_index = models.PositiveSmallIntegerField(default=0)
    source_kind = models.CharField(max_length=10, choices=SourceKind.choices)
    file_format = models.CharField(max_length=20)
    sport = models.CharField(max_length=40)
    sub_sport = models.CharField(max_length=40, blank=True)
    start_time_utc = models.DateTimeField()
    distance_m = models.FloatField(null=True, blank=True)
    elapsed_s = models.FloatField(null=True, blank=True)
    timer_s = models.FloatField(null=True, blank=True)
    avg_cadence_spm = models.FloatField(null=True, blank=True)
    avg_stride_length_m = models.FloatField(null=True, blank=True)
    avg_heart_rate_bpm = models.FloatField(null=True, blank=True)
    max_heart_rate_bpm = models.FloatField(null=True, blank=True)
    elevation_gain_m = models.FloatField(null=True, blank=True)
    n_records = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200, blank=True)
    gear = models.CharField(max_length=200, blank=True)
    partial = models.BooleanField(default=False)
    streams = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-start_time_utc", "-id"]
        verbose_name_plural = "activities"
        indexes = [models.Index(fields=["member", "start_time_utc"])]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "content_hash", "session_index"], name="activity_unique_source"
            ),
            models.CheckConstraint(
                condition=Q(source_kind__in=SourceKind.values), name="activity_source_kind_valid"
            ),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{f}__isnull": True}) | Q(**{f"{f}__gte": 0}),
                    name=f"activity_{f}_non_negative",
                )
                for f in NON_NEGATIVE
            ),
        ]

    def __str__(self) -> str:
        return f"activity {self.pk} of member {self.member_id}"

    @property
    def is_running(self) -> bool:
        return self.sport == "running"

    @property
    def duration_s(self) -> float | None:
        return self.timer_s if self.timer_s is not None else self.elapsed_s

    @property
    def pace_s_per_km(self) -> float | None:
        if not self.distance_m or not self.duration_s:
            return None
        return self.duration_s / (self.distance_m / 1000)


class JobState(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Importing"
    DONE = "done", "Finished"
    FAILED = "failed", "Could not be read"


class ImportJob(models.Model):
    """One upload being imported. Notes hold file names and reasons, never file contents."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs"
    )
    state = models.CharField(max_length=10, choices=JobState.choices, default=JobState.QUEUED)
    original_name = models.CharField(max_length=200, blank=True)
    #: Server-generated file name under MEDIA_ROOT; emptied once the import finished.
    stored_name = models.CharField(max_length=100, blank=True)
    upload_bytes = models.PositiveBigIntegerField(default=0)
    total_estimate = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    notes = models.JSONField(default=list, blank=True)
    message = models.CharField(max_length=300, blank=True)
    progress = models.FloatField(default=0.0)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    #: Set with every committed batch: a running job whose heartbeat is old has lost its worker.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=JobState.values), name="importjob_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(progress__gte=0) & Q(progress__lte=1), name="importjob_progress_range"
            ),
        ]

    def __str__(self) -> str:
        return f"import {self.pk} of member {self.member_id} ({self.state})"

    @property
    def finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED)

    @property
    def stalled(self) -> bool:
        """Marked running, but no batch committed for ``STALL_MINUTES``: its worker is gone."""
        if self.state != JobState.RUNNING:
            return False
        beat = self.heartbeat_at or self.started_at or self.created_at
        return timezone.now() - beat > timedelta(minutes=STALL_MINUTES)

    @property
    def stopped(self) -> bool:
        return self.state == JobState.FAILED or self.stalled

    @property
    def resumable(self) -> bool:
        """Stopped part-way with its upload still stored: running it again continues it."""
        return self.stopped and bool(self.stored_name)

    @property
    def percent(self) -> int:
        return round(self.progress * 100)


def _nprs(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | (
        Q(**{f"{field}__gte": 0}) & Q(**{f"{field}__lte": 10})
    )


class RunPain(models.Model):
    """Pain (NPRS 0-10) during, after and the morning after one run (evidence.md §5)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="pains")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="run_pains"
    )
    during = models.PositiveSmallIntegerField(null=True, blank=True)
    after = models.PositiveSmallIntegerField(null=True, blank=True)
    next_morning = models.PositiveSmallIntegerField(null=True, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity"], name="runpain_one_per_activity"),
            models.CheckConstraint(condition=_nprs("during"), name="runpain_during_0_10"),
            models.CheckConstraint(condition=_nprs("after"), name="runpain_after_0_10"),
            models.CheckConstraint(
                condition=_nprs("next_morning"), name="runpain_next_morning_0_10"
            ),
            models.CheckConstraint(
                condition=Q(during__isnull=False)
                | Q(after__isnull=False)
                | Q(next_morning__isnull=False),
                name="runpain_some_value",
            ),
        ]

    def __str__(self) -> str:
        return f"pain on activity {self.activity_id}"

    @property
    def worst(self) -> int | None:
        values = [v for v in (self.during, self.after, self.next_morning) if v is not None]
        return max(values) if values else None

"""Runs with their pain, read in one query: the input of the load, gait and plan views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import QuerySet

from runcare.activities.models import Activity
from runcare.training.runs import RunSummary


@dataclass(frozen=True)
class RecordedRun:
    """A recorded run as the plan and load pages need it (distances in metres, NPRS 0-10)."""

    activity_id: int
    start_time_utc: datetime
    distance_m: float
    duration_s: float | None
    avg_cadence_spm: float | None
    avg_stride_length_m: float | None
    pain_during: int | None
    pain_after: int | None
    pain_next_morning: int | None

    @property
    def day(self) -> date:
        return self.start_time_utc.date()

    @property
    def worst_pain(self) -> int | None:
        values = [
            p for p in (self.pain_during, self.pain_after, self.pain_next_morning) if p is not None
        ]
        return max(values) if values else None

    def summary(self) -> RunSummary:
        return RunSummary(self.start_time_utc, self.distance_m, self.duration_s,
                          self.avg_cadence_spm, self.avg_stride_length_m)  # fmt: skip


_FIELDS = ("id", "start_time_utc", "distance_m", "timer_s", "elapsed_s", "avg_cadence_spm",
           "avg_stride_length_m", "pains__during", "pains__after",
           "pains__next_morning")  # fmt: skip


def recorded_runs(activities: QuerySet[Activity], start: date, end: date) -> list[RecordedRun]:
    """Running activities with a distance started on days ``start``..``end`` (UTC), oldest first."""
    rows = (
        activities.filter(sport="running", distance_m__isnull=False,
                          start_time_utc__date__gte=start, start_time_utc__date__lte=end)
        .order_by("start_time_utc", "id")
        .values_list(*_FIELDS)
    )  # fmt: skip
    return [
        RecordedRun(pk, st, dist, timer if timer is not None else elapsed, cad, stride, d, a, m)
        for pk, st, dist, timer, elapsed, cad, stride, d, a, m in rows
    ]

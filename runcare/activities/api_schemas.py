"""JSON shapes of the running-data API (field-level allow-lists, REQ-A3)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ninja import Schema
from pydantic import Field, model_validator

NPRS = Field(default=None, ge=0, le=10, description="Pain 0-10 (NPRS); null when unknown.")


class ImportStarted(Schema):
    job_id: int
    status_url: str


class ImportNote(Schema):
    file: str
    outcome: str
    reason: str


class ImportJobOut(Schema):
    id: int
    state: str
    progress: float
    processed: int
    imported: int
    duplicates: int
    skipped: int
    failed: int
    message: str
    notes: list[ImportNote]
    created_at: datetime
    finished_at: datetime | None
    #: Marked running but silent for ten minutes: the worker stopped; resuming continues it.
    stalled: bool
    resumable: bool


class ActivityOut(Schema):
    id: int
    member_id: int
    start_time_utc: datetime
    name: str
    sport: str
    sub_sport: str
    source_kind: str
    distance_m: float | None
    elapsed_s: float | None
    timer_s: float | None
    avg_cadence_spm: float | None
    avg_stride_length_m: float | None = None
    avg_heart_rate_bpm: float | None
    max_heart_rate_bpm: float | None = None
    elevation_gain_m: float | None = None
    partial: bool


class RunPainIn(Schema):
    during: int | None = NPRS
    after: int | None = NPRS
    next_morning: int | None = NPRS

    @model_validator(mode="after")
    def some_value(self) -> RunPainIn:
        if self.during is None and self.after is None and self.next_morning is None:
            raise ValueError("Give at least one pain score.")
        return self


class RunPainOut(Schema):
    during: int | None
    after: int | None
    next_morning: int | None
    recorded_at: datetime


class ActivityDetailOut(ActivityOut):
    gear: str
    n_records: int
    streams: dict[str, Any]
    pain: RunPainOut | None


class FlagOut(Schema):
    rule_id: str
    level: str
    message: str
    inputs: dict[str, Any]
    evidence: list[str]


class WeekOut(Schema):
    week_start: date
    distance_m: float
    duration_s: float
    n_runs: int
    change: float | None
    pain_during: int | None
    pain_after: int | None
    pain_next_morning: int | None


class AcwrOut(Schema):
    acute_m_per_day: float
    chronic_m_per_day: float
    ratio: float | None
    caveat: str
    rule_id: str
    evidence: list[str]


class GaitWeekOut(Schema):
    week_start: date
    n_runs: int
    avg_cadence_spm: float | None
    avg_step_length_m: float | None
    avg_speed_m_s: float | None


class SpikeOut(Schema):
    activity_id: int
    start_time_utc: datetime
    flag: FlagOut


class LoadOut(Schema):
    today: date
    flags: list[FlagOut]
    spike_block: bool
    weeks: list[WeekOut]
    spikes: list[SpikeOut]
    acwr: AcwrOut | None
    monotony: float | None
    strain: float
    gait: list[GaitWeekOut]
    cadence_trend_spm_per_week: float | None
    cadence_advice: FlagOut | None

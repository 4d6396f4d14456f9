"""What a parsed activity file looks like to the rest of the program (immutable values)."""

from dataclasses import dataclass, field
from datetime import datetime

#: Sports that count towards running load (FIT sport names; GPX/TCX types are mapped to these).
RUNNING_SPORTS = frozenset({"running"})
#: Sports where cadence is counted in steps: FIT stores strides (one foot) per minute for them.
FOOT_SPORTS = frozenset({"running", "walking", "hiking"})


@dataclass(frozen=True)
class Streams:
    """Downsampled per-point series for charts; every tuple has the same length."""

    time_s: tuple[float, ...] = ()
    distance_m: tuple[float | None, ...] = ()
    speed_m_s: tuple[float | None, ...] = ()
    heart_rate_bpm: tuple[float | None, ...] = ()
    cadence_spm: tuple[float | None, ...] = ()
    altitude_m: tuple[float | None, ...] = ()

    def __len__(self) -> int:
        return len(self.time_s)


@dataclass(frozen=True)
class Activity:
    """One session: a single-sport file has one, a multisport file one per leg."""

    sport: str
    sub_sport: str | None
    start_time_utc: datetime | None
    distance_m: float | None
    elapsed_s: float | None
    timer_s: float | None
    n_records: int
    avg_cadence_spm: float | None = None
    avg_stride_length_m: float | None = None
    avg_heart_rate_bpm: float | None = None
    max_heart_rate_bpm: float | None = None
    elevation_gain_m: float | None = None
    #: "device" (the watch's own total), "records" (last record distance) or "gps" (haversine).
    distance_source: str | None = None
    streams: Streams = field(default_factory=Streams, repr=False)

    @property
    def is_running(self) -> bool:
        return self.sport in RUNNING_SPORTS

    @property
    def duration_s(self) -> float | None:
        """Moving time when the device recorded it, else elapsed time."""
        return self.timer_s if self.timer_s is not None else self.elapsed_s


@dataclass(frozen=True)
class ParsedFile:
    """The result of reading one file. ``partial`` means data after a cut or error was lost."""

    format: str
    partial: bool = False
    warnings: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()
    #: Set when the file is valid but holds no activity (FIT settings, course, monitoring...).
    skip_reason: str | None = None
    #: FIT file_id type ("activity", "course", ...) when known.
    file_type: str | None = None

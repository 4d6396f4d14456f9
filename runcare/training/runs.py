"""The run summary the load and gait metrics work on (one per running session)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from runcare.training.parsing.model import Activity


@dataclass(frozen=True)
class RunSummary:
    start_time_utc: datetime
    distance_m: float
    duration_s: float | None = None
    avg_cadence_spm: float | None = None
    avg_stride_length_m: float | None = None

    @property
    def day(self) -> date:
        return self.start_time_utc.date()

    @property
    def speed_m_s(self) -> float | None:
        return self.distance_m / self.duration_s if self.duration_s else None

    @classmethod
    def from_activity(cls, a: Activity) -> "RunSummary | None":
        """Only running with a known start and distance counts towards running load."""
        if not a.is_running or a.start_time_utc is None or a.distance_m is None:
            return None
        return cls(a.start_time_utc, a.distance_m, a.duration_s, a.avg_cadence_spm,
                   a.avg_stride_length_m)  # fmt: skip


def runs_from_activities(activities: Iterable[Activity]) -> list[RunSummary]:
    runs = (RunSummary.from_activity(a) for a in activities)
    return sorted((r for r in runs if r is not None), key=lambda r: r.start_time_utc)


@dataclass(frozen=True)
class Flag:
    """A fired rule: stable id, level, plain message, the numbers it used, evidence ids."""

    rule_id: str
    level: str
    message: str
    inputs: Mapping[str, float | str | None] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()


def week_start(day: date) -> date:
    """Weeks start on Monday (ISO)."""
    return day - timedelta(days=day.weekday())

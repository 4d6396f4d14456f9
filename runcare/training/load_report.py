"""Everything the dashboard shows about load, for one runner on one day."""

from dataclasses import dataclass
from datetime import date, timedelta

from runcare.training.load import (
    Acwr,
    DayLoad,
    Monotony,
    WeekLoad,
    acwr_uncoupled,
    daily_load,
    high_volume,
    monotony_strain,
    single_run_spike,
    weekly_increase,
    weekly_load,
)
from runcare.training.runs import Flag, RunSummary

HISTORY_DAYS = 56


@dataclass(frozen=True)
class LoadReport:
    today: date
    days: tuple[DayLoad, ...]
    weeks: tuple[WeekLoad, ...]
    flags: tuple[Flag, ...]
    acwr: Acwr | None
    monotony: Monotony


def assess_load(runs: list[RunSummary], today: date) -> LoadReport:
    """Flags for the latest run and the current week, plus the informational metrics."""
    first = today - timedelta(days=HISTORY_DAYS - 1)
    past = sorted((r for r in runs if r.day <= today), key=lambda r: r.start_time_utc)
    days = daily_load(past, first, today)
    weeks = weekly_load(past, first, today)
    flags = []
    if past:
        flags.append(single_run_spike(past[-1], past[:-1]))
    flags += [weekly_increase(weeks), high_volume(weeks[-1])]
    daily_m = [d.distance_m for d in days]
    return LoadReport(
        today,
        tuple(days),
        tuple(weeks),
        tuple(f for f in flags if f is not None),
        acwr_uncoupled(daily_m),
        monotony_strain(daily_m[-7:]),
    )

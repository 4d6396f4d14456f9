"""The load page's content: the training core's report plus pain per week and per run.

Every flag keeps its rule id, level, plain message and evidence ids (evidence.md §8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from runcare.activities.run_rows import RecordedRun
from runcare.training.gait import GaitWeek, cadence_advice, cadence_trend_spm_per_week, weekly_gait
from runcare.training.load import single_run_spike
from runcare.training.load_report import HISTORY_DAYS, LoadReport, assess_load
from runcare.training.runs import Flag, week_start

#: Spike references look 30 days back and breaks 14 days: read this much before the window.
LOOKBACK_DAYS = HISTORY_DAYS + 60


@dataclass(frozen=True)
class WeekRow:
    week_start: date
    distance_m: float
    duration_s: float
    n_runs: int
    change: float | None
    pain_during: int | None
    pain_after: int | None
    pain_next_morning: int | None


@dataclass(frozen=True)
class RunFlag:
    run: RecordedRun
    flag: Flag


@dataclass(frozen=True)
class LoadSummary:
    report: LoadReport
    weeks: tuple[WeekRow, ...]
    runs: tuple[RecordedRun, ...]
    spikes: tuple[RunFlag, ...]
    gait: tuple[GaitWeek, ...]
    cadence_trend: float | None
    advice: Flag | None

    @property
    def spike_block(self) -> bool:
        """The latest run was more than double the month's longest: no plan may add distance."""
        return any(f.rule_id == "L1-SPIKE" and f.level == "block" for f in self.report.flags)


def _worst(values: list[int | None]) -> int | None:
    kept = [v for v in values if v is not None]
    return max(kept) if kept else None


def summarise(runs: list[RecordedRun], today: date) -> LoadSummary:
    """``runs`` should reach LOOKBACK_DAYS before ``today`` so references are right."""
    summaries = [r.summary() for r in runs]
    report = assess_load(summaries, today)
    first = today - timedelta(days=HISTORY_DAYS - 1)
    shown = [r for r in runs if first <= r.day <= today]
    weeks = []
    for w in report.weeks:
        inside = [r for r in shown if week_start(r.day) == w.week_start]
        weeks.append(WeekRow(w.week_start, w.distance_m, w.duration_s, w.n_runs, w.change,
                             _worst([r.pain_during for r in inside]),
                             _worst([r.pain_after for r in inside]),
                             _worst([r.pain_next_morning for r in inside])))  # fmt: skip
    spikes = []
    for i, run in enumerate(runs):
        if run.day >= first and (flag := single_run_spike(summaries[i], summaries[:i])):
            spikes.append(RunFlag(run, flag))
    shown_summaries = [r.summary() for r in shown]
    return LoadSummary(report, tuple(weeks), tuple(shown), tuple(spikes),
                       tuple(weekly_gait(shown_summaries)),
                       cadence_trend_spm_per_week(shown_summaries),
                       cadence_advice(shown_summaries))  # fmt: skip

"""Cadence and step-length trends, and the one gait cue the evidence supports (S57).

Heiderscheit 2011: +5-10 % step rate (a shorter step at the same speed) lowers knee and hip
loading. We suggest it only when the data support it: enough runs with cadence, and cadence low
for the runner's pace. The pace model below is a coarse reference line, not a norm [CK].
"""

import statistics
from dataclasses import dataclass
from datetime import date

from runcare.training.runs import Flag, RunSummary, week_start

MIN_RUNS = 5
#: Reference cadence at a given speed: ~156 spm at 2.5 m/s, ~169 at 3.5, ~181 at 4.5 [CK].
REF_INTERCEPT_SPM, REF_SLOPE_SPM_PER_M_S = 125.0, 12.5
LOW_MARGIN = 0.05


@dataclass(frozen=True)
class GaitWeek:
    week_start: date
    n_runs: int
    avg_cadence_spm: float | None
    avg_step_length_m: float | None
    avg_speed_m_s: float | None


def reference_cadence_spm(speed_m_s: float) -> float:
    return REF_INTERCEPT_SPM + REF_SLOPE_SPM_PER_M_S * speed_m_s


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def weekly_gait(runs: list[RunSummary]) -> list[GaitWeek]:
    weeks: dict[date, list[RunSummary]] = {}
    for r in sorted(runs, key=lambda r: r.start_time_utc):
        weeks.setdefault(week_start(r.day), []).append(r)
    return [
        GaitWeek(start, len(rs), _mean([r.avg_cadence_spm for r in rs]),
                 _mean([r.avg_stride_length_m for r in rs]), _mean([r.speed_m_s for r in rs]))
        for start, rs in weeks.items()
    ]  # fmt: skip


def cadence_trend_spm_per_week(runs: list[RunSummary]) -> float | None:
    """Least-squares slope of cadence over time, in steps per minute per week."""
    pts = [(r.start_time_utc.timestamp() / 604800, r.avg_cadence_spm) for r in runs
           if r.avg_cadence_spm]  # fmt: skip
    if len(pts) < 2 or len({x for x, _ in pts}) < 2:
        return None
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return statistics.linear_regression(xs, ys).slope


def cadence_advice(runs: list[RunSummary], min_runs: int = MIN_RUNS) -> Flag | None:
    """G1-CADENCE: suggest +5-10 % cadence when recent cadence is low for the pace."""
    pairs = [(r.avg_cadence_spm, r.speed_m_s) for r in runs if r.avg_cadence_spm and r.speed_m_s]
    usable: list[tuple[float, float]] = pairs[-10:]  # type: ignore[assignment]
    if len(usable) < min_runs:
        return None
    cadence = statistics.median(c for c, _ in usable)
    speed = statistics.median(s for _, s in usable)
    reference = reference_cadence_spm(speed)
    if cadence >= reference * (1 - LOW_MARGIN):
        return None
    low, high = cadence * 1.05, cadence * 1.10
    return Flag(
        "G1-CADENCE",
        "advice",
        f"Your cadence ({cadence:.0f} steps/min) is low for your pace. Try {low:.0f}-{high:.0f} "
        "steps/min (+5-10 %) with slightly shorter steps; it reduces load on knee and hip.",
        {"median_cadence_spm": cadence, "median_speed_m_s": speed, "reference_spm": reference,
         "n_runs": len(usable)},
        ("S57",),
    )  # fmt: skip

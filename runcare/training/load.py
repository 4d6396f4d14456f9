"""Running-load metrics and rules (evidence.md §8). Pure functions over RunSummary lists.

Rule ids: L1-SPIKE (single run vs longest of the previous 30 days, Frandsen 2025 [S52]),
L2-WEEKLY (+30 % over two weeks, Nielsen 2014 [S50], informative only), L4-RESET (after a break
of 14+ days the reference restarts), L5-ACWR (uncoupled EWMA, shown with a caveat, never used
for triage [S53][S54][S55]), L6-VOLUME (>64 km/week, van der Worp 2015 [S56]).
"""

import itertools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from runcare.training.runs import Flag, RunSummary, week_start

SPIKE_WINDOW = timedelta(days=30)
BREAK = timedelta(days=14)
SPIKE_LEVELS = ((1.00, "block"), (0.30, "strong"), (0.10, "warn"))
WEEKLY_INCREASE = 0.30
HIGH_WEEKLY_M = 64_000.0
ACWR_CAVEAT = (
    "The acute:chronic workload ratio is shown for interest only: in runners it has not "
    "predicted injury (Frandsen 2025) and the ratio itself is statistically disputed "
    "(Lolli 2019, Impellizzeri 2021). It never changes your plan."
)


@dataclass(frozen=True)
class DayLoad:
    day: date
    distance_m: float
    duration_s: float
    n_runs: int


@dataclass(frozen=True)
class WeekLoad:
    week_start: date
    distance_m: float
    duration_s: float
    n_runs: int
    #: Change versus the previous week (0.25 = +25 %); None when the previous week was empty.
    change: float | None = None


def daily_load(runs: list[RunSummary], first: date, last: date) -> list[DayLoad]:
    """One entry per calendar day (UTC) from ``first`` to ``last``, rest days included."""
    days = {first + timedelta(days=i): [0.0, 0.0, 0] for i in range((last - first).days + 1)}
    for r in runs:
        if r.day in days:
            acc = days[r.day]
            acc[0] += r.distance_m
            acc[1] += r.duration_s or 0.0
            acc[2] += 1
    return [DayLoad(d, v[0], v[1], int(v[2])) for d, v in days.items()]


def weekly_load(runs: list[RunSummary], first: date, last: date) -> list[WeekLoad]:
    weeks: dict[date, list[float]] = {}
    d = week_start(first)
    while d <= last:
        weeks[d] = [0.0, 0.0, 0]
        d += timedelta(days=7)
    for day in daily_load(runs, first, last):
        acc = weeks[week_start(day.day)]
        acc[0] += day.distance_m
        acc[1] += day.duration_s
        acc[2] += day.n_runs
    out: list[WeekLoad] = []
    for start, (dist, dur, n) in weeks.items():
        prev = out[-1].distance_m if out else 0.0
        out.append(WeekLoad(start, dist, dur, int(n), dist / prev - 1 if prev > 0 else None))
    return out


def spike_reference(run: RunSummary, history: list[RunSummary]) -> tuple[float | None, bool]:
    """Longest run in the 30 days before ``run``, counting only runs after the last 14-day break.

    Returns (reference distance or None, whether a break reset the reference).
    """
    before = sorted(
        (r for r in history if r.start_time_utc < run.start_time_utc),
        key=lambda r: r.start_time_utc,
    )
    times = [r.start_time_utc for r in before] + [run.start_time_utc]
    reset_at: datetime | None = None
    for earlier, later in itertools.pairwise(times):
        if later - earlier >= BREAK:
            reset_at = later
    window_start = run.start_time_utc - SPIKE_WINDOW
    if reset_at is not None:
        window_start = max(window_start, reset_at)
    window = [r.distance_m for r in before if r.start_time_utc >= window_start]
    reset = reset_at is not None and reset_at > run.start_time_utc - SPIKE_WINDOW
    return (max(window) if window else None), reset


def single_run_spike(run: RunSummary, history: list[RunSummary]) -> Flag | None:
    """L1: this run's distance against the longest of the previous 30 days."""
    reference, reset = spike_reference(run, history)
    if reference is None or reference <= 0:
        if reset:
            return Flag("L4-RESET", "info", "First run after a break of two weeks or more: "
                        "build up again from short runs.", {"distance_m": run.distance_m},
                        ("S52",))  # fmt: skip
        return None
    increase = run.distance_m / reference - 1
    level = next((name for limit, name in SPIKE_LEVELS if increase > limit), None)
    if level is None:
        return None
    inputs: dict[str, float | str | None] = {"distance_m": run.distance_m, "reference_m": reference,
              "increase": round(increase, 3), "reset_after_break": str(reset)}  # fmt: skip
    message = (
        f"This run was {increase:.0%} longer than your longest run of the previous 30 days "
        f"({reference / 1000:.1f} km). Runs more than 10 % longer are linked to more injuries."
    )
    return Flag("L1-SPIKE", level, message, inputs, ("S52",))


def weekly_increase(weeks: list[WeekLoad]) -> Flag | None:
    """L2: mean week-over-week increase above 30 % across the last two weeks (informative)."""
    if len(weeks) < 2 or weeks[-1].change is None or weeks[-2].change is None:
        return None
    mean_change = (weeks[-1].change + weeks[-2].change) / 2
    if mean_change <= WEEKLY_INCREASE:
        return None
    return Flag(
        "L2-WEEKLY",
        "warn",
        f"Your weekly distance rose by about {mean_change:.0%} a week over two weeks. Rises "
        "above 30 % may be linked to overuse injuries; consider a steadier build.",
        {"change_last_week": weeks[-1].change, "change_week_before": weeks[-2].change},
        ("S50", "S51"),
    )


def high_volume(week: WeekLoad) -> Flag | None:
    """L6: more than 64 km (40 miles) in a week is a higher-risk volume for some runners."""
    if week.distance_m <= HIGH_WEEKLY_M:
        return None
    return Flag("L6-VOLUME", "info", f"{week.distance_m / 1000:.0f} km this week: above 64 km a "
                "week injury risk is higher for some runners.",
                {"distance_m": week.distance_m}, ("S56",))  # fmt: skip


@dataclass(frozen=True)
class Acwr:
    acute: float
    chronic: float
    ratio: float | None
    caveat: str = ACWR_CAVEAT
    rule_id: str = "L5-ACWR"
    evidence: tuple[str, ...] = ("S53", "S54", "S55")


def ewma(values: list[float], n: int) -> list[float]:
    """Williams 2017 EWMA with lambda = 2 / (N + 1)."""
    lam, out, current = 2 / (n + 1), [], 0.0
    for v in values:
        current = lam * v + (1 - lam) * current
        out.append(current)
    return out


def acwr_uncoupled(daily_m: list[float], acute_n: int = 7, chronic_n: int = 28) -> Acwr | None:
    """Acute EWMA today over the chronic EWMA as it stood before the acute week (uncoupled)."""
    if len(daily_m) < acute_n + chronic_n:
        return None
    acute = ewma(daily_m, acute_n)[-1]
    chronic = ewma(daily_m[:-acute_n], chronic_n)[-1]
    return Acwr(acute, chronic, acute / chronic if chronic > 0 else None)


@dataclass(frozen=True)
class Monotony:
    monotony: float | None
    strain: float


def monotony_strain(last_7_days_m: list[float]) -> Monotony:
    """Foster's monotony (mean / SD of daily load) and strain (weekly load x monotony)."""
    mean = sum(last_7_days_m) / len(last_7_days_m)
    sd = math.sqrt(sum((x - mean) ** 2 for x in last_7_days_m) / len(last_7_days_m))
    monotony = mean / sd if sd > 0 else None
    return Monotony(monotony, sum(last_7_days_m) * (monotony or 0.0))

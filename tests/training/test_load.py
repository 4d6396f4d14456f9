"""Load rules (evidence.md §8) on hand-made run histories."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runcare.training.load import (
    ACWR_CAVEAT,
    acwr_uncoupled,
    daily_load,
    ewma,
    high_volume,
    monotony_strain,
    single_run_spike,
    weekly_increase,
    weekly_load,
)
from runcare.training.load_report import assess_load
from runcare.training.runs import RunSummary

DAY0 = datetime(2025, 1, 6, 7, tzinfo=UTC)  # a Monday


def runs_km(kms: dict[int, float]) -> list[RunSummary]:
    return [RunSummary(DAY0 + timedelta(days=d), km * 1000, km * 360) for d, km in kms.items()]


@pytest.mark.parametrize(
    ("km", "level"), [(10.5, None), (11.5, "warn"), (14, "strong"), (21, "block")]
)
def test_spike_levels(km: float, level: str | None) -> None:
    history = runs_km({0: 10, 3: 8, 6: 5})
    flag = single_run_spike(runs_km({9: km})[0], history)
    assert (flag.level if flag else None) == level
    if flag:
        assert flag.rule_id == "L1-SPIKE" and flag.evidence == ("S52",)
        assert flag.inputs["reference_m"] == 10_000


def test_spike_ignores_runs_older_than_30_days() -> None:
    history = runs_km({0: 20, 10: 5, 20: 5, 30: 5})
    flag = single_run_spike(runs_km({35: 6})[0], history)
    assert flag is not None and flag.inputs["reference_m"] == 5000


def test_break_resets_reference() -> None:
    history = runs_km({0: 15, 20: 3})  # 20-day break, then a 3 km run
    flag = single_run_spike(runs_km({22: 7})[0], history)
    assert flag.level == "block" and flag.inputs["reference_m"] == 3000
    first_after_break = single_run_spike(runs_km({20: 3})[0], runs_km({0: 15}))
    assert first_after_break.rule_id == "L4-RESET"


def test_weekly_increase_and_volume() -> None:
    runs = runs_km({0: 10, 7: 14, 14: 19})
    weeks = weekly_load(runs, DAY0.date(), DAY0.date() + timedelta(days=20))
    assert [round(w.distance_m) for w in weeks] == [10_000, 14_000, 19_000]
    flag = weekly_increase(weeks)
    assert flag.rule_id == "L2-WEEKLY" and flag.evidence == ("S50", "S51")
    assert high_volume(weeks[-1]) is None
    big = weekly_load(runs_km({0: 30, 2: 35}), DAY0.date(), DAY0.date() + timedelta(days=6))
    assert high_volume(big[-1]).rule_id == "L6-VOLUME"


def test_acwr_uncoupled_with_caveat() -> None:
    assert acwr_uncoupled([1.0] * 10) is None
    steady = acwr_uncoupled([5000.0] * 200)
    assert steady.ratio == pytest.approx(1.0, abs=0.01)
    assert steady.caveat == ACWR_CAVEAT and steady.rule_id == "L5-ACWR"
    assert ewma([1.0, 1.0], 1) == [1.0, 1.0]


def test_monotony() -> None:
    assert monotony_strain([5000.0] * 7).monotony is None
    m = monotony_strain([0, 5000, 0, 5000, 0, 5000, 10000])
    assert m.monotony == pytest.approx(25000 / 7 / 3496.35, rel=1e-3)


def test_assess_load_report() -> None:
    runs = runs_km({0: 5, 2: 5, 4: 6, 9: 9})
    report = assess_load(runs, today=date(2025, 1, 15))
    assert [f.rule_id for f in report.flags] == ["L1-SPIKE"]
    assert report.days[-1].day == date(2025, 1, 15)


@given(st.lists(st.floats(0, 50_000), min_size=35, max_size=120))
def test_acwr_invariants(daily: list[float]) -> None:
    result = acwr_uncoupled(daily)
    assert result is not None and result.acute >= 0 and result.chronic >= 0
    if result.ratio is not None:
        assert result.ratio >= 0


@given(st.dictionaries(st.integers(0, 60), st.floats(0.1, 60), max_size=40))
def test_totals_are_conserved(kms: dict[int, float]) -> None:
    runs = runs_km(kms)
    first, last = DAY0.date(), DAY0.date() + timedelta(days=60)
    total = sum(r.distance_m for r in runs)
    assert sum(d.distance_m for d in daily_load(runs, first, last)) == pytest.approx(total)
    assert sum(w.distance_m for w in weekly_load(runs, first, last)) == pytest.approx(total)
    for r in runs:
        flag = single_run_spike(r, runs)
        assert flag is None or flag.rule_id in ("L1-SPIKE", "L4-RESET")

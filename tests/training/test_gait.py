from datetime import UTC, datetime, timedelta

from runcare.training.gait import cadence_advice, cadence_trend_spm_per_week, weekly_gait
from runcare.training.runs import RunSummary

DAY0 = datetime(2025, 1, 6, 7, tzinfo=UTC)


def runs(cadence: float, n: int = 6, speed: float = 3.0) -> list[RunSummary]:
    return [
        RunSummary(DAY0 + timedelta(days=2 * i), speed * 1800, 1800, cadence + i, 1.0)
        for i in range(n)
    ]


def test_advice_only_when_cadence_low_for_pace() -> None:
    flag = cadence_advice(runs(150))
    assert flag.rule_id == "G1-CADENCE" and flag.evidence == ("S57",)
    assert "+5-10 %" in flag.message
    assert cadence_advice(runs(170)) is None


def test_no_advice_without_enough_runs() -> None:
    assert cadence_advice(runs(150, n=3)) is None


def test_trends() -> None:
    assert cadence_trend_spm_per_week(runs(160)) > 0
    weeks = weekly_gait(runs(160))
    assert sum(w.n_runs for w in weeks) == 6 and weeks[0].avg_speed_m_s == 3.0

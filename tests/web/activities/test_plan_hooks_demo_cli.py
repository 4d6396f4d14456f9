"""Hooks for the plan pages, the demo history and the `runcare activities import` command."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from runcare.activities.models import Activity, RunPain
from runcare.activities.queries import load_context_for, runs_for_plan
from runcare.training.fitwriter import SyntheticRun, run_file
from tests.web.activities.conftest import runs

pytestmark = pytest.mark.django_db
TODAY = datetime(2025, 6, 20, tzinfo=UTC).date()


def _history(last_km: float) -> list[SyntheticRun]:
    base = datetime(2025, 6, 1, 7, tzinfo=UTC)
    out = [SyntheticRun(base + timedelta(days=3 * i), 5000, 1700, interval_s=10) for i in range(6)]
    return [*out, SyntheticRun(base + timedelta(days=19), last_km * 1000, 4000, interval_s=10)]


def test_load_context_blocks_plans_after_a_doubled_run(member, import_file, export) -> None:
    import_file(member, export(_history(10.6)), "e.zip")
    context = load_context_for(member, TODAY)
    assert context.spike_block and context.latest_spike is not None
    assert context.latest_spike.level == "block" and context.report.today == TODAY


def test_load_context_without_a_spike(member, import_file, export) -> None:
    import_file(member, export(_history(5.2)), "e.zip")
    context = load_context_for(member, TODAY)
    assert not context.spike_block and context.latest_spike is None


def test_runs_for_plan_carry_pain_and_respect_dates(
    member, other_member, import_file, export
) -> None:
    import_file(member, export(_history(6)), "e.zip")
    import_file(other_member, export(_history(6)), "e.zip")
    first = Activity.objects.filter(member=member).order_by("start_time_utc").first()
    RunPain.objects.create(activity=first, member=member, during=1, after=2, next_morning=3)
    recorded = runs_for_plan(member, datetime(2025, 6, 1).date(), datetime(2025, 6, 7).date())
    assert [r.day.isoformat() for r in recorded] == ["2025-06-01", "2025-06-04", "2025-06-07"]
    assert (recorded[0].pain_during, recorded[0].pain_after, recorded[0].pain_next_morning) == (
        1,
        2,
        3,
    )
    assert recorded[0].worst_pain == 3 and recorded[1].worst_pain is None


def test_demo_history_has_a_spike_and_pain_and_loads_once(member) -> None:
    from runcare.activities.demo import load_demo_runs
    from runcare.activities.queries import load_summary_for

    today = datetime(2025, 6, 18, tzinfo=UTC).date()  # a Wednesday: the spike was on Sunday
    assert load_demo_runs(member, today) > 30
    count = Activity.objects.filter(member=member).count()
    assert load_demo_runs(member, today) == 0 and Activity.objects.count() == count
    assert RunPain.objects.filter(member=member).count() >= 3
    summary = load_summary_for(member, member, today)
    assert any(s.flag.level == "strong" for s in summary.spikes)
    assert any(w.pain_next_morning and w.pain_next_morning >= 5 for w in summary.weeks)


def _cli(*args: str):  # type: ignore[no-untyped-def]
    from runcare.cli import app

    return CliRunner().invoke(app, ["activities", "import", *args])


def test_cli_import_prints_progress_and_summary(member, export, tmp_path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(export(runs(3)))
    result = _cli(str(path), "--member", member.email)
    assert result.exit_code == 0, result.output
    assert "100 %" in result.output and "Imported 3, duplicates 0" in result.output
    assert Activity.objects.filter(member=member).count() == 3


def test_cli_exits_2_on_unreadable_or_missing_files(member, tmp_path) -> None:
    bad = tmp_path / "bad.fit"
    bad.write_bytes(b"not a watch file at all")
    result = _cli(str(bad), "--member", member.email)
    assert result.exit_code == 2 and "not a FIT, GPX or TCX" in result.output
    assert _cli(str(tmp_path / "missing.fit"), "--member", member.email).exit_code == 2
    good = tmp_path / "good.fit"
    good.write_bytes(run_file(runs(1)[0]))
    assert _cli(str(good), "--member", "nobody@example.test").exit_code == 2

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from runcare.training.fitwriter import SyntheticRun, run_file
from runcare.training.parsing import ImportRejected
from runcare.training.parsing.sandbox import ParserWorker, parse_in_subprocess


def test_subprocess_parse_and_rejection(run: SyntheticRun) -> None:
    assert parse_in_subprocess(run_file(run)).activities[0].n_records == 1801
    with pytest.raises(ImportRejected, match="not a FIT"):
        parse_in_subprocess(b"nope")


def test_worker_reused_for_many_files(run: SyntheticRun) -> None:
    data = run_file(run)
    with ParserWorker() as worker:
        results = [worker.parse(data) for _ in range(20)]
    assert all(r.activities[0].distance_m == 5000 for r in results)


def test_memory_limit_rejects(run: SyntheticRun) -> None:
    with ParserWorker(mem_bytes=64 * 2**20) as worker:
        with pytest.raises(ImportRejected):
            worker.parse(b"\x1f\x8b" + b"\0" * 10)
        assert worker.parse(run_file(run)).activities


def test_cli_parse_json(tmp_path: Path, run: SyntheticRun) -> None:
    from runcare.cli import app

    good, bad = tmp_path / "run.fit", tmp_path / "bad.fit"
    good.write_bytes(run_file(run))
    bad.write_bytes(b"not a fit file")
    result = CliRunner().invoke(app, ["activities", "parse", "--json", str(good), str(bad)])
    assert result.exit_code == 2
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["activities"][0]["start_time_utc"] == "2025-03-01T07:00:00Z"
    assert first["activities"][0]["avg_cadence_spm"] == 170.0 and first["partial"] is False
    assert "error" in second and second["file"] == str(bad)
    table = CliRunner().invoke(app, ["activities", "parse", str(good)])
    assert table.exit_code == 0 and "running" in table.output

"""The clinical CLI commands: JSON out, exit code 2 and a one-line error naming the field."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from runcare.commands import clinical
from tests.clinical.cases import BENIGN, with_

app = typer.Typer()
clinical.register(app)
runner = CliRunner()


def write(tmp_path: Path, data: object) -> str:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data))
    return str(path)


def test_triage_reads_a_file_and_prints_the_contract_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["triage", write(tmp_path, with_(swelling=True))])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["triage"] == "urgent_doctor"
    assert data["condition"] == "deep_vein_thrombosis"
    assert data["fired_rules"][0]["rule_id"] == "R-DVT-3"


def test_triage_reads_standard_input() -> None:
    result = runner.invoke(app, ["triage", "-"], input=json.dumps(BENIGN))
    assert json.loads(result.stdout)["triage"] == "self_care_program"


def test_triage_text_output() -> None:
    result = runner.invoke(app, ["triage", "--text"], input=json.dumps({"redness": True}))
    assert "Triage: emergency" in result.stdout
    assert " ? R-DVT-4" in result.stdout  # fired on an unanswered question
    assert " ! R-ART-4" in result.stdout


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ('{"age": true}', "age"),
        ('{"pain_0_10": 11}', "pain_0_10"),
        ('{"side": "up"}', "side"),
        ('{"shoe_size": 43}', "shoe_size"),
        ("[1]", "facts"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field(payload: str, field: str) -> None:
    result = runner.invoke(app, ["triage"], input=payload)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"'{field}'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_invalid_json_exits_2() -> None:
    result = runner.invoke(app, ["triage"], input="{")
    assert result.exit_code == 2
    assert "invalid JSON" in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["triage", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_plan_json_for_self_care(tmp_path: Path) -> None:
    result = runner.invoke(app, ["plan", write(tmp_path, BENIGN), "--today", "2026-03-02"])
    data = json.loads(result.stdout)
    assert data["start"] == "2026-03-02"
    assert data["review_on"] == "2026-03-09"
    assert data["decisions"][0]["rule_id"] == "P-TPL-1"


def test_plan_text_for_self_care(tmp_path: Path) -> None:
    args = ["plan", write(tmp_path, BENIGN), "--today", "2026-03-02", "--text"]
    result = runner.invoke(app, args)
    assert "Stage P2 (strength)" in result.stdout
    assert "Why:" in result.stdout


def test_plan_without_today_uses_the_current_date(tmp_path: Path) -> None:
    assert runner.invoke(app, ["plan", write(tmp_path, BENIGN)]).exit_code == 0


def test_no_plan_for_urgent_cases(tmp_path: Path) -> None:
    path = write(tmp_path, with_(can_bear_weight=False))
    data = json.loads(runner.invoke(app, ["plan", path, "--today", "2026-03-02"]).stdout)
    assert data["plan"] is None
    assert data["triage"] == "urgent_doctor"
    text = runner.invoke(app, ["plan", path, "--today", "2026-03-02", "--text"]).stdout
    assert "No exercise program" in text


def test_plan_with_a_bad_date_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["plan", write(tmp_path, BENIGN), "--today", "03/02/2026"])
    assert result.exit_code == 2
    assert "'today'" in result.stderr


def test_exercises_lists_the_library() -> None:
    assert "standing_calf_stretch" in runner.invoke(app, ["exercises"]).stdout
    data = json.loads(runner.invoke(app, ["exercises", "--json"]).stdout)
    assert {e["id"] for e in data} >= {"knee_to_wall_stretch", "pogo_hops"}


def test_clinical_commands_do_not_import_django() -> None:
    code = (
        "import sys, json, io\n"
        "from runcare.commands import clinical\n"
        "import runcare.clinical.plans.builder, runcare.clinical.intake.flow\n"
        "import runcare.clinical.lessons.catalogue, runcare.clinical.progression\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

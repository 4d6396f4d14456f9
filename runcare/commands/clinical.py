"""CLI commands over the clinical core: ``triage``, ``plan``, ``exercises``.

They never start Django: the clinical core is pure, so these stay fast and work offline.
"""

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

INPUT_ERROR = 2


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(INPUT_ERROR)


def _read_json(source: str) -> Any:
    try:
        raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise _fail(f"cannot read {source}: {error.strerror}") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise _fail(f"invalid JSON at line {error.lineno} column {error.colno}") from None


def _load_facts(source: str) -> Any:
    from runcare.clinical.fact_parsing import parse_facts
    from runcare.clinical.fact_specs import FactsError

    try:
        return parse_facts(_read_json(source))
    except FactsError as error:
        raise _fail(f"field '{error.field}': {error.message}") from None


def _print(data: dict[str, Any]) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def triage_command(
    file: Annotated[str, typer.Argument(help="Facts JSON file, or - for standard input.")] = "-",
    text: Annotated[bool, typer.Option("--text", help="Print readable text, not JSON.")] = False,
) -> None:
    """Triage one set of intake facts and print the level, condition and fired rules."""
    from runcare.clinical.presenting import triage_text
    from runcare.clinical.triage.engine import triage, triage_to_dict

    result = triage(_load_facts(file))
    if text:
        typer.echo(triage_text(result))
    else:
        _print(triage_to_dict(result))


def plan_command(
    file: Annotated[str, typer.Argument(help="Facts JSON file, or - for standard input.")],
    today: Annotated[
        str | None, typer.Option("--today", help="Plan start date, YYYY-MM-DD.")
    ] = None,
    text: Annotated[bool, typer.Option("--text", help="Print readable text, not JSON.")] = False,
) -> None:
    """Build the exercise plan for a set of intake facts (none for urgent or emergency)."""
    from runcare.clinical.plans.builder import build_plan
    from runcare.clinical.plans.export import plan_to_dict
    from runcare.clinical.presenting import no_plan_text, plan_text
    from runcare.clinical.triage.engine import triage, triage_to_dict

    start = _parse_day(today)
    facts = _load_facts(file)
    result = triage(facts)
    plan = build_plan(facts, result, start)
    if plan is None:
        if text:
            typer.echo(no_plan_text(result))
        else:
            _print({"plan": None, "reason": "no_program_offered", **triage_to_dict(result)})
        return
    if text:
        typer.echo(plan_text(plan))
    else:
        _print(plan_to_dict(plan))


def _parse_day(value: str | None) -> date:
    if value is None:
        return date.today()  # noqa: DTZ011 - the CLI is an edge: it may read the clock, the core never does
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"field 'today': expected YYYY-MM-DD, got {value!r}") from None


def exercises_command(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the full library as JSON.")
    ] = False,
) -> None:
    """List the exercise library."""
    from runcare.clinical.exercises.library import exercise_to_dict, load_library

    library = load_library()
    if as_json:
        typer.echo(json.dumps([exercise_to_dict(e) for e in library.values()], indent=2))
        return
    for exercise in library.values():
        typer.echo(f"{exercise.id:40} {exercise.category:15} {exercise.name}")


def register(app: typer.Typer) -> None:
    """Attach the clinical commands to the main CLI."""
    app.command("triage")(triage_command)
    app.command("plan")(plan_command)
    app.command("exercises")(exercises_command)

"""CLI commands over activity files: ``runcare activities parse|import``.

``parse`` is pure (no database, no Django): it reads files and prints what the importer would
see. ``import`` (added by the web side) belongs in the marked section below and must import
Django lazily, inside the command, so ``parse`` stays fast.
"""

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from runcare.training.parsing import Activity, ImportRejected, ParsedFile, parse_file

activities_app = typer.Typer(help="Read and import activity files (FIT, GPX, TCX).")


def activity_json(a: Activity) -> dict[str, Any]:
    start = a.start_time_utc.strftime("%Y-%m-%dT%H:%M:%SZ") if a.start_time_utc else None
    return {
        "sport": a.sport,
        "sub_sport": a.sub_sport,
        "start_time_utc": start,
        "distance_m": _round(a.distance_m, 2),
        "elapsed_s": _round(a.elapsed_s, 3),
        "timer_s": _round(a.timer_s, 3),
        "n_records": a.n_records,
        "avg_cadence_spm": _round(a.avg_cadence_spm, 2),
        "avg_heart_rate_bpm": _round(a.avg_heart_rate_bpm, 2),
        "elevation_gain_m": _round(a.elevation_gain_m, 1),
    }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def file_json(name: str, parsed: ParsedFile) -> dict[str, Any]:
    out: dict[str, Any] = {
        "file": name,
        "format": parsed.format,
        "partial": parsed.partial,
        "warnings": list(parsed.warnings),
        "activities": [activity_json(a) for a in parsed.activities],
    }
    if parsed.skip_reason:
        out["skipped"] = parsed.skip_reason
    return out


def _table_lines(name: str, parsed: ParsedFile) -> list[str]:
    head = f"{name}  [{parsed.format}{', partial' if parsed.partial else ''}]"
    lines = [head] + [f"  ! {w}" for w in parsed.warnings]
    if parsed.skip_reason:
        lines.append(f"  - {parsed.skip_reason}")
    for a in parsed.activities:
        d = activity_json(a)
        km = f"{a.distance_m / 1000:7.2f} km" if a.distance_m is not None else "      - km"
        dur = f"{(a.duration_s or 0) / 60:6.1f} min"
        cad = f"{d['avg_cadence_spm']:.0f} spm" if d["avg_cadence_spm"] else "- spm"
        hr = f"{d['avg_heart_rate_bpm']:.0f} bpm" if d["avg_heart_rate_bpm"] else "- bpm"
        lines.append(f"  {d['start_time_utc'] or '-':20} {a.sport:12} {km} {dur} {cad:>8} {hr:>8}")
    return lines


@activities_app.command("parse")
def parse_command(
    files: Annotated[list[Path], typer.Argument(help="Activity files to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file.")] = False,
) -> None:
    """Read activity files and print what they contain (touches no database)."""
    failed = False
    for path in files:
        try:
            parsed = parse_file(path.read_bytes(), path.name)
        except (ImportRejected, OSError) as exc:
            failed = True
            message = exc.message if isinstance(exc, ImportRejected) else "cannot open the file"
            typer.echo(json.dumps({"file": str(path), "error": message}) if as_json
                       else f"{path}  ERROR: {message}")  # fmt: skip
            continue
        if as_json:
            typer.echo(json.dumps(file_json(str(path), parsed)))
        else:
            typer.echo("\n".join(_table_lines(str(path), parsed)))
    if failed:
        raise typer.Exit(code=2)


# --- `runcare activities import` (database side) goes here: import Django inside the command.


@activities_app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(help="A FIT/GPX/TCX file (optionally .gz) or a ZIP.")],
    member: Annotated[str, typer.Option("--member", help="The member's e-mail address.")],
) -> None:
    """Import a file or a whole Strava/Garmin export into a member's runs, showing progress."""
    from runcare.commands.platform import setup_django

    setup_django()
    from runcare.activities.terminal import CommandError, import_path

    try:
        import_path(path, member, lambda text: typer.echo(text, nl=False))
    except CommandError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Attach the activity commands to the main CLI."""
    app.add_typer(activities_app, name="activities")

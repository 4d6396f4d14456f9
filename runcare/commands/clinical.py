"""CLI commands over the clinical core: ``triage``, ``plan``, ``exercises``."""

import typer


def register(app: typer.Typer) -> None:
    """Attach the clinical commands to the main CLI (filled in by the clinical core)."""

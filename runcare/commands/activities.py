"""CLI commands over activity files: ``runcare activities parse|import``."""

import typer


def register(app: typer.Typer) -> None:
    """Attach the activity commands to the main CLI (filled in by the training core)."""

"""Operator commands: serve, demo, createuser, check, manage."""

import typer


def register(app: typer.Typer) -> None:
    """Attach the platform commands to the main CLI."""

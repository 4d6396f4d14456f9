"""The ``runcare`` entry point: one Typer app; each area registers its own commands.

Commands over the pure cores (triage, plan, activities parse) never start Django, so they stay
fast; platform commands call :func:`runcare.commands.platform.setup_django` first.
"""

import typer

from runcare.commands import activities, clinical, platform

app = typer.Typer(
    name="runcare",
    help="RunCare: digital physical therapy for runners with calf pain.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

platform.register(app)
clinical.register(app)
activities.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

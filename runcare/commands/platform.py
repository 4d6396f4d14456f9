"""Operator commands: serve, worker, demo, createuser, check, audit, backup, manage."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer


def setup_django() -> None:
    """Configure Django from the environment; a bad setting ends the command with its message."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "runcare.config.settings")
    from runcare.config.env import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


def _manage(*args: str) -> None:
    from django.core.management import call_command

    call_command(*args)


def _print_logins(logins: list) -> None:  # type: ignore[type-arg]
    typer.echo("\nDemo accounts:")
    for login in logins:
        typer.echo(f"  {login.role:<10} {login.email:<30} password: {login.password}")
        if login.backup_codes:
            typer.echo(
                f"             2FA backup codes: {' '.join(login.backup_codes)}"
                f"   authenticator key: {login.totp_secret}"
            )
    typer.echo(
        "  Therapist, admin and staff accounts ask for a second factor: type one of their "
        "backup codes (each works once; `runcare demo` prints fresh ones) or add the "
        "authenticator key to an authenticator app.\n"
    )


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int | None, typer.Option(help="Web processes (default: setting).")] = None,
    demo: Annotated[bool, typer.Option(help="Load demo data when the database is empty.")] = True,
    worker: Annotated[bool, typer.Option(help="Also run a background task worker.")] = True,
) -> None:
    """Migrate, collect static files, then serve RunCare with gunicorn (and a task worker)."""
    setup_django()
    from django.conf import settings

    from runcare.accounts.models import User

    _manage("migrate", "--no-input", "-v", "0")
    _manage("collectstatic", "--no-input", "-v", "0")
    if demo and not settings.PRODUCTION and not User.objects.exists():
        from runcare.demo import load_demo

        _print_logins(load_demo())
    web = _gunicorn_command(host, port, workers or settings.ENV["RUNCARE_WEB_WORKERS"])
    children = [subprocess.Popen(web)]  # noqa: S603 - our own fixed command line
    if worker and settings.ENV["RUNCARE_TASKS"] == "database":
        tasks = [sys.executable, "-m", "runcare.cli", "worker"]
        children.append(subprocess.Popen(tasks))  # noqa: S603 - our own fixed command line
    typer.echo(f"RunCare is running at http://{host}:{port}/  (Ctrl+C to stop)")
    _wait_for(children)


def _gunicorn_command(host: str, port: int, workers: int) -> list[str]:
    from django.conf import settings

    proxies = "*" if settings.ENV["RUNCARE_BEHIND_PROXY"] else "127.0.0.1"
    return [
        sys.executable, "-m", "gunicorn", "runcare.config.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--threads", "4",
        "--access-logfile", "-", "--graceful-timeout", "20", "--forwarded-allow-ips", proxies,
    ]  # fmt: skip


def _wait_for(children: list[subprocess.Popen]) -> None:  # type: ignore[type-arg]
    def stop(*_: object) -> None:
        for child in children:
            if child.poll() is None:
                child.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(child.poll() is None for child in children):
            try:
                children[0].wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for child in children:
            child.wait(timeout=30)


def worker() -> None:
    """Run background tasks (activity imports, reminders) from the database queue.

    Imports left "running" by a worker that was killed are queued again first (see
    ``ImportJob.stalled``); they continue after their last committed batch.
    """
    setup_django()
    from runcare.activities.actions import requeue_stalled

    stalled = requeue_stalled()
    if stalled:
        typer.echo(f"Queued {len(stalled)} stalled import(s) again: {stalled}")
    _manage("db_worker")


def demo() -> None:
    """Load or refresh the demo organisation, therapist, members and admin."""
    setup_django()
    from runcare.demo import DemoRefused, load_demo

    _manage("migrate", "--no-input", "-v", "0")
    try:
        _print_logins(load_demo())
    except DemoRefused as exc:
        typer.echo(f"Refused: {exc}", err=True)
        raise typer.Exit(1) from None


def createuser(
    email: Annotated[str, typer.Argument(help="E-mail address (the login).")],
    role: Annotated[str, typer.Option(help="member | therapist | org_admin | staff")] = "member",
    name: Annotated[str, typer.Option(help="First name.")] = "",
    org: Annotated[str, typer.Option(help="Organisation code (org_admin: administers it).")] = "",
    password_stdin: Annotated[bool, typer.Option(help="Read the password from stdin.")] = False,
) -> None:
    """Create an account; prints a generated password unless one is given on stdin."""
    setup_django()
    from runcare.accounts.actions import CreateUserError, create_user

    password = sys.stdin.readline().rstrip("\n") if password_stdin else secrets.token_urlsafe(12)
    try:
        user = create_user(email=email, role=role, name=name, password=password, org_code=org)
    except CreateUserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"created {user.role} {user.email}")
    if not password_stdin:
        typer.echo(f"password: {password}")


def check() -> None:
    """Deployment self-check: settings, database, migrations, static files, audit log."""
    setup_django()
    from runcare.config.selfcheck import run_checks

    failures = 0
    for ok, message in run_checks():
        typer.echo(("  ok    " if ok else "  FAIL  ") + message)
        failures += 0 if ok else 1
    if failures:
        typer.echo(f"\n{failures} check(s) failed", err=True)
        raise typer.Exit(1)
    typer.echo("all checks passed")


audit_app = typer.Typer(help="Audit log tools.", no_args_is_help=True)


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute every audit row's checksum; exit 1 if any row was altered."""
    setup_django()
    from runcare.audit.actions import verify_log

    bad = verify_log()
    if bad:
        typer.echo(f"{len(bad)} altered audit row(s): ids {bad[:20]}", err=True)
        raise typer.Exit(1)
    typer.echo("audit log intact")


def backup(target: Annotated[Path, typer.Argument(help="File to write.")]) -> None:
    """Write a consistent copy of the database (SQLite backup API or pg_dump -Fc)."""
    setup_django()
    from runcare.config.backup import backup_database

    backup_database(target)
    typer.echo(f"backup written to {target}")


def manage(ctx: typer.Context) -> None:
    """Run a Django management command, e.g. `runcare manage migrate`."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["runcare manage", *ctx.args])


def register(app: typer.Typer) -> None:
    for command in (serve, worker, demo, createuser, check, backup):
        app.command()(command)
    app.add_typer(audit_app, name="audit")
    app.command(
        context_settings={
            "allow_extra_args": True,
            "ignore_unknown_options": True,
            "help_option_names": [],
        }
    )(manage)

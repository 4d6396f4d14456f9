"""`runcare check`: what an operator must know before opening the doors."""

from __future__ import annotations

import io
from collections.abc import Iterator

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def _deploy_check() -> tuple[bool, str]:
    out = io.StringIO()
    try:
        call_command("check", "--deploy", "--fail-level", "WARNING", stdout=out, stderr=out)
    except SystemCheckError as exc:
        return False, "Django deployment check:\n" + str(exc)
    return True, "Django deployment check (--deploy, fail on warnings)"


def _database() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:
        return False, f"database unreachable: {type(exc).__name__}"
    return True, f"database reachable ({connection.vendor})"


def _migrations() -> tuple[bool, str]:
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        return False, f"{len(pending)} migration(s) not applied: run `runcare manage migrate`"
    return True, "all migrations applied"


def _static() -> tuple[bool, str]:
    manifest = settings.STATIC_ROOT / "staticfiles.json"
    if settings.TESTING or manifest.exists():
        return True, "static files collected"
    return False, "static files not collected: run `runcare manage collectstatic`"


def _audit() -> tuple[bool, str]:
    from runcare.audit.actions import verify_log

    bad = verify_log()
    return (not bad, "audit log intact" if not bad else f"{len(bad)} altered audit row(s)")


def run_checks() -> Iterator[tuple[bool, str]]:
    yield True, f"environment: {settings.RUNCARE_ENV}"
    if settings.PRODUCTION:
        yield _deploy_check()
    else:
        yield True, "deployment check skipped outside production (RUNCARE_ENV=production)"
    db = _database()
    yield db
    if db[0]:
        yield _migrations()
        yield _audit()
    yield _static()

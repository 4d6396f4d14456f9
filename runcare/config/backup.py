"""Consistent database backups without stopping the service."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings


class BackupError(Exception):
    pass


def backup_database(target: Path) -> None:
    db = settings.DATABASES["default"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if db["ENGINE"].endswith("sqlite3"):
        # The online-backup API copies a consistent snapshot even while the app writes (WAL).
        source = sqlite3.connect(str(db["NAME"]))
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        source.close()
        dest.close()
        return
    if shutil.which("pg_dump") is None:
        raise BackupError("pg_dump is not installed (Debian: apt-get install postgresql-client)")
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    command = [
        "pg_dump",
        "-Fc",
        "-f",
        str(target),
        "-h",
        str(db.get("HOST") or "localhost"),
        "-p",
        str(db.get("PORT") or 5432),
        "-U",
        str(db.get("USER") or "postgres"),
        str(db["NAME"]),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(result.stderr.strip() or "pg_dump failed")

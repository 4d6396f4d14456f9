"""Every operator setting is an environment variable declared here, once.

Why a registry instead of scattered ``os.environ.get`` calls: unknown ``RUNCARE_*`` variables and
malformed values must stop the process at start with a message naming the variable (a typo in a
security setting must never be silently ignored), and the README table is generated from the same
declarations so the documentation cannot drift.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class ConfigError(Exception):
    """Raised at start when the environment is invalid; the message names every bad variable."""


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected one of 1/0, true/false, yes/no, on/off")


def _int(raw: str) -> int:
    value = int(raw.strip())
    if value < 0:
        raise ValueError("must not be negative")
    return value


def _list(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _choice(*options: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}")
        return value

    parse.__doc__ = " | ".join(options)
    return parse


def _str(raw: str) -> str:
    return raw


@dataclass(frozen=True)
class Setting:
    name: str
    parse: Callable[[str], Any]
    default: Any
    help: str
    secret: bool = False

    @property
    def kind(self) -> str:
        if self.parse.__doc__ and "|" in self.parse.__doc__:
            return self.parse.__doc__
        return {"_bool": "bool", "_int": "int", "_list": "comma list", "_str": "string"}.get(
            self.parse.__name__, "string"
        )


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "RUNCARE_ENV",
        _choice("production", "local", "test"),
        "production",
        "`production` (HTTPS, secure cookies, secret key required), `local` (HTTP on a "
        "laptop, generated secret key) or `test`.",
    ),
    Setting(
        "RUNCARE_SECRET_KEY",
        _str,
        "",
        "Django secret key (50+ random characters). Required in production; in `local` one "
        "is generated once into the data folder.",
        secret=True,
    ),
    Setting(
        "RUNCARE_DATA_DIR",
        _str,
        "data",
        "Folder for the SQLite database, uploads, outgoing mail files and the local secret "
        "key. Created if missing.",
    ),
    Setting(
        "DATABASE_URL",
        _str,
        "",
        "Database URL, e.g. `postgres://runcare:pw@db:5432/runcare`. Empty: SQLite "
        "(WAL mode) at `$RUNCARE_DATA_DIR/runcare.sqlite3`.",
        secret=True,
    ),
    Setting(
        "RUNCARE_DB_CONN_MAX_AGE",
        _int,
        60,
        "Seconds a PostgreSQL connection is kept open between requests.",
    ),
    Setting(
        "RUNCARE_ALLOWED_HOSTS",
        _list,
        [],
        "Host names this server answers to. Required in production; local default "
        "`127.0.0.1,localhost`.",
    ),
    Setting(
        "RUNCARE_CSRF_TRUSTED_ORIGINS",
        _list,
        [],
        "Extra trusted origins for CSRF, e.g. `https://runcare.example.org`.",
    ),
    Setting(
        "RUNCARE_BEHIND_PROXY",
        _bool,
        False,
        "Trust `X-Forwarded-Proto` and `X-Forwarded-For` from a reverse proxy you run.",
    ),
    Setting("RUNCARE_SSL_REDIRECT", _bool, True, "Redirect HTTP to HTTPS (production only)."),
    Setting("RUNCARE_HSTS_SECONDS", _int, 31536000, "HSTS max-age (production only)."),
    Setting(
        "RUNCARE_EMAIL",
        _choice("console", "file", "smtp"),
        "file",
        "Where outgoing mail goes: `file` (one file per mail in `$RUNCARE_DATA_DIR/mail`), "
        "`console`, or `smtp`.",
    ),
    Setting("RUNCARE_SMTP_HOST", _str, "localhost", "SMTP server host."),
    Setting("RUNCARE_SMTP_PORT", _int, 587, "SMTP server port."),
    Setting("RUNCARE_SMTP_USER", _str, "", "SMTP user name."),
    Setting("RUNCARE_SMTP_PASSWORD", _str, "", "SMTP password.", secret=True),
    Setting("RUNCARE_SMTP_TLS", _bool, True, "Use STARTTLS for SMTP."),
    Setting("RUNCARE_FROM_EMAIL", _str, "RunCare <no-reply@localhost>", "Sender address."),
    Setting(
        "RUNCARE_TASKS",
        _choice("database", "immediate", "rq"),
        "database",
        "Background work backend: `database` (a `runcare worker` process polls the "
        "database), `immediate` (run inline; tests), or `rq` (Redis; set RUNCARE_REDIS_URL).",
    ),
    Setting(
        "RUNCARE_REDIS_URL",
        _str,
        "redis://127.0.0.1:6379/0",
        "Redis URL for the `rq` task backend.",
    ),
    Setting(
        "RUNCARE_LOGIN_CONCURRENCY",
        _int,
        4,
        "Password checks allowed at once per web process (each Argon2 check holds ~19 MiB).",
    ),
    Setting("RUNCARE_IDLE_MINUTES_MEMBER", _int, 30, "Idle session timeout for members."),
    Setting(
        "RUNCARE_IDLE_MINUTES_STAFF",
        _int,
        15,
        "Idle session timeout for therapists, organisation admins and staff.",
    ),
    Setting("RUNCARE_SESSION_HOURS", _int, 12, "Absolute session lifetime for everyone."),
    Setting(
        "RUNCARE_LOG_LEVEL",
        _choice("debug", "info", "warning", "error"),
        "info",
        "Application log level (logs never contain health values).",
    ),
    Setting("RUNCARE_WEB_WORKERS", _int, 3, "Web worker processes started by `runcare serve`."),
    Setting(
        "RUNCARE_UPLOAD_MAX_MB",
        _int,
        512,
        "Largest accepted upload (a whole Strava/Garmin export ZIP).",
    ),
    Setting(
        "RUNCARE_REQUIRE_SHARED_DATA",
        _bool,
        False,
        "Tests only: fail, instead of skipping, the checks against reference activity "
        "files when `../shared/data` is missing (CI sets it).",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def read_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Parse the environment into a dict of setting values, or raise ConfigError naming all
    unknown and malformed variables at once."""
    environ = os.environ if environ is None else environ
    errors = [
        f"{name}: unknown setting (see README 'Settings')"
        for name in sorted(environ)
        if name.startswith("RUNCARE_") and name not in _BY_NAME
    ]
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name)
        if raw is None or raw == "":
            values[setting.name] = setting.default
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            errors.append(f"{setting.name}: {exc}")
    if errors:
        raise ConfigError("Invalid RunCare configuration:\n  " + "\n  ".join(errors))
    return values


def settings_table() -> str:
    """The README's settings table, generated from the declarations above."""
    rows = ["| Variable | Type | Default | Meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = ",".join(s.default) if isinstance(s.default, list) else s.default
        shown = "*(empty)*" if default in ("", []) else f"`{default}`"
        rows.append(f"| `{s.name}` | {s.kind} | {shown} | {s.help} |")
    return "\n".join(rows)

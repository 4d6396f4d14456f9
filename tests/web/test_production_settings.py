"""Production settings: refuse to start half-configured, and pass Django's deploy check."""

import os
import subprocess
import sys

BASE_ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith("RUNCARE_")
    and k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
}


def run_django(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        env={**BASE_ENV, "DJANGO_SETTINGS_MODULE": "runcare.config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_without_secret_key_refuses_to_start(tmp_path):
    result = run_django(
        {
            "RUNCARE_ENV": "production",
            "RUNCARE_DATA_DIR": str(tmp_path),
            "RUNCARE_ALLOWED_HOSTS": "runcare.example.org",
        },
        "check",
    )
    assert result.returncode != 0
    assert "RUNCARE_SECRET_KEY is required" in result.stderr


def test_production_without_hosts_refuses_to_start(tmp_path):
    result = run_django(
        {
            "RUNCARE_ENV": "production",
            "RUNCARE_DATA_DIR": str(tmp_path),
            "RUNCARE_SECRET_KEY": "x" * 64,
        },
        "check",
    )
    assert result.returncode != 0
    assert "RUNCARE_ALLOWED_HOSTS is required" in result.stderr


def test_production_settings_pass_the_deploy_check_with_no_warnings(tmp_path):
    result = run_django(
        {
            "RUNCARE_ENV": "production",
            "RUNCARE_DATA_DIR": str(tmp_path),
            "RUNCARE_SECRET_KEY": "kP3v-" + "q8Zr2mW9xL4tB7nD1fH6jS0cV5gY" * 3,
            "RUNCARE_ALLOWED_HOSTS": "runcare.example.org",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

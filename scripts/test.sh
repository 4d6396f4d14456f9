#!/usr/bin/env bash
# The whole test run: static checks, the suite on SQLite (with the clinical core's coverage
# gate), the database and browser suites again on PostgreSQL. `scripts/test.sh lint` stops
# after the static checks.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export RUNCARE_ENV=test
export RUNCARE_REQUIRE_SHARED_DATA=${RUNCARE_REQUIRE_SHARED_DATA:-0}
OUT=test-output
mkdir -p "$OUT"

step() { printf '\n== %s\n' "$*"; }

step "ruff"
$BIN/ruff check .
$BIN/ruff format --check .
step "mypy"
$BIN/mypy runcare
step "import-linter"
$BIN/lint-imports
step "migrations are current"
DJANGO_SETTINGS_MODULE=tests.settings $BIN/python -m django makemigrations --check --dry-run
step "generated docs are current"
$BIN/python -m runcare.clinical.catalogue --check
$BIN/python -m runcare.config.docs --check
[ "${1:-}" = lint ] && exit 0

step "tests on SQLite"
$BIN/pytest -q -p no:cacheprovider --junitxml="$OUT/sqlite.xml" \
  --cov=runcare.clinical --cov-branch --cov-report=term-missing:skip-covered \
  --cov-fail-under=100

step "database and browser tests on PostgreSQL"
DATABASE_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
  $BIN/pytest -q -p no:cacheprovider --junitxml="$OUT/postgresql.xml" tests/web tests/e2e

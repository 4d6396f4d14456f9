# RunCare — the two commands a newcomer needs:
#   make run    set everything up and run RunCare on SQLite with demo data at http://127.0.0.1:8000
#   make test   set everything up and run every check and test (SQLite, PostgreSQL, real browser)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: run test setup system-deps lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

run: setup
	RUNCARE_ENV=$${RUNCARE_ENV:-local} $(BIN)/runcare serve

system-deps:
	scripts/system-deps.sh

test: setup system-deps
	scripts/test.sh

lint: setup
	scripts/test.sh lint

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-output

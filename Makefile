# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run test lint setup install install-dev translations bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

translations:
	$(BIN)/python manage.py compile_translations

setup: install translations
	DEBUG=true $(BIN)/python manage.py migrate --no-input
	DEBUG=true $(BIN)/python manage.py seed_demo

# Serves http://127.0.0.1:$(PORT) (8000 unless `make run PORT=8100`) with a Celery worker and beat beside it
# (one terminal; Ctrl-C stops all). Links in emails and feeds use SITE_URL, which follows the port unless set.
PORT ?= 8000
SITE_URL ?= http://127.0.0.1:$(PORT)

run: setup
	DEBUG=true SITE_URL="$(SITE_URL)" PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start --port $(PORT)

# The whole suite. With DATABASE_URL/REDIS_URL set it runs on PostgreSQL/Redis;
# REQUIRE_SERVICES=1 turns "service or browser absent" skips into failures.
test: install-dev translations lint
	@if command -v npm >/dev/null; then cd tests/js && npm ci --silent --no-audit --no-fund; \
	  else echo "npm not found: the ical.js feed checks will be skipped"; fi
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Style and the app layers (pyproject.toml): part of `make test`, so CI fails on either.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Every page against a bare "ok" view, gunicorn on production settings, small and at scale (docs/BENCHMARKS.md).
# Needs PostgreSQL (BENCH_POSTGRES_URL), wrk and a Redis database of its own (BENCH_REDIS_URL, emptied).
bench: install-dev translations
	$(BIN)/python -m bench --sizes small,scale $(BENCH_ARGS)

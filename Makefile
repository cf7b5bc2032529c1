# Quick start: `make demo` then `make test`, on a fresh clone with Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PIP) install --quiet -e '.[test,report,web]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitrep ingest --sample --db sitrep.duckdb
	$(BIN)/sitrep events --db sitrep.duckdb
	$(BIN)/sitrep stats --db sitrep.duckdb

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/sitrep bench

clean:
	rm -rf $(VENV) sitrep.duckdb build dist src/*.egg-info

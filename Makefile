# Every target sets up .venv from pyproject.toml first, so a fresh clone needs only Python >= 3.10.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/microport-mih/release.yaml

.PHONY: demo test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/pressrelease build $(EXAMPLE) -o dist/

lint: $(STAMP)
	$(BIN)/ruff check pressrelease tests benchmarks
	$(BIN)/ruff format --check pressrelease tests benchmarks
	$(BIN)/mypy --strict pressrelease tests

test: lint
	$(BIN)/pytest

format: $(STAMP)
	$(BIN)/ruff check --fix pressrelease tests benchmarks
	$(BIN)/ruff format pressrelease tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf dist .venv .pytest_cache .mypy_cache .ruff_cache

# Every target sets up .venv from pyproject.toml first, so a fresh clone needs only Python >= 3.10.
# The editable install is a plain path entry (a static .pth, see [tool.setuptools] in
# pyproject.toml): CLI start-up stays fast, and installing prints no warning.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/microport-mih/release.yaml

.PHONY: demo test test-fast lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/pressrelease pack $(EXAMPLE) -o dist/

lint: $(STAMP)
	$(BIN)/ruff check pressrelease tests benchmarks examples conftest.py .ci/minimums.py
	$(BIN)/ruff format --check pressrelease tests benchmarks examples conftest.py .ci/minimums.py
	$(BIN)/mypy --strict pressrelease tests examples/scripts conftest.py
	$(BIN)/pyright --pythonpath $(BIN)/python  # strict, on examples/scripts ([tool.pyright])
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

test-fast: $(STAMP)
	$(BIN)/pytest -m "not slow"

format: $(STAMP)
	$(BIN)/ruff check --fix pressrelease tests benchmarks examples conftest.py .ci/minimums.py
	$(BIN)/ruff format pressrelease tests benchmarks examples conftest.py .ci/minimums.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf dist .venv .pytest_cache .mypy_cache .ruff_cache

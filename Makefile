# FieldKit: every command a developer or CI needs. Python 3.11+ and Debian packages.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup run test lint bench translations clean system-deps screenshots

help:
	@echo "make run    - install everything and start FieldKit"
	@echo "make test   - install everything and run the whole test suite (with lint)"
	@echo "make lint   - ruff, mypy and the layering contracts"
	@echo "make bench  - run the benchmarks in bench/"

$(VENV)/.system-deps: scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	mkdir -p $(VENV) && touch $@

system-deps: $(VENV)/.system-deps

$(STAMP): pyproject.toml $(VENV)/.system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) translations

translations: $(STAMP)
	@for ts in resources/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

run: setup
	QT_QPA_PLATFORM= $(BIN)/fieldkit-gui

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: setup lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/vault.py
	$(BIN)/python bench/bundles.py
	$(BIN)/python bench/reports.py
	$(BIN)/python bench/gui.py

screenshots: setup
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Netwerkleren: the two commands in README.md do all set-up on a fresh machine.
#   make serve  — set up and serve the handbook on http://127.0.0.1:8000
#   make test   — set up and run every test (needs Debian's chromium: see .ci/run)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build check test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict

build: $(STAMP)
	$(BIN)/mkdocs build --strict

check: $(STAMP)
	$(BIN)/netwerkleren check

lint: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks
	$(BIN)/ruff format --check macros tests benchmarks

test: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks
	$(BIN)/python -m pytest -n 2 -q

clean:
	rm -rf site $(VENV) .pytest_cache

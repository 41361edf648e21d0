# Netwerkleren: the two commands in README.md do all set-up on a fresh machine.
#   make serve  — set up and serve the handbook on http://127.0.0.1:8000
#   make test   — set up and run every test (needs Debian's chromium: see .ci/run)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build check test lint clean offline bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# Offline edition: a zip that works from disk (file://), with navigation, search and printing.
OFFLINE_BUILD ?= build/offline
OFFLINE_ZIP   ?= dist/netwerkleren-offline.zip

offline: $(STAMP)
	rm -rf $(OFFLINE_BUILD) && mkdir -p $(OFFLINE_BUILD) $(dir $(OFFLINE_ZIP)) && rm -f $(OFFLINE_ZIP)
	OFFLINE=true $(BIN)/mkdocs build --strict -q -d $(abspath $(OFFLINE_BUILD))/netwerkleren
	cd $(OFFLINE_BUILD) && $(abspath $(BIN))/python -m zipfile -c $(abspath $(OFFLINE_ZIP)) netwerkleren
	@echo "Offline-editie: $(OFFLINE_ZIP) (uitpakken en netwerkleren/index.html openen)"

check: $(STAMP)
	$(BIN)/netwerkleren check

bench: $(STAMP)
	$(BIN)/python benchmarks/build_scale.py $(if $(SIZES),--sizes $(SIZES))

lint: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks
	$(BIN)/ruff format --check macros tests benchmarks

test: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks
	$(BIN)/python -m pytest -n 2 -q

clean:
	rm -rf site $(VENV) .pytest_cache

# Netwerkleren: the two commands in README.md do all set-up on a fresh machine.
#   make serve  — set up and serve the handbook on http://127.0.0.1:8000
#   make test   — set up (including a Chromium for the browser tests) and run every test

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The engines' end-of-life notices (Material: 2027-05-05; MkDocs 1.x: no further releases) are shown
# by serve, build and offline on purpose; the tests hide them (tests/conftest.py). See MAINTAINERS.md.

# Per-file progress and the 15 slowest tests; each file runs on one worker, so its site build is shared.
PYTEST_ARGS ?= -n 2 --dist loadfile --durations=15

.PHONY: serve build check controleer new-case test lint clean offline bench outdated canary

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

# For contributors: check the data, then build the whole site strictly; only the Dutch result is shown.
controleer: $(STAMP)
	@$(BIN)/netwerkleren check --bouw

# A new case file from the template: make new-case INSTELLING="Pabo Hogeschool X" STUDIEJAAR=2024-2025
new-case: $(STAMP)
	$(BIN)/netwerkleren new-case $(if $(INSTELLING),--instelling "$(INSTELLING)") \
		$(if $(STUDIEJAAR),--studiejaar "$(STUDIEJAAR)") $(if $(TITEL),--titel "$(TITEL)") $(if $(ID),--id "$(ID)")

# Build scale, then phone speed (Lighthouse from npm, installed into .bench/ on first use; needs Node.js and npm).
bench: $(STAMP)
	$(BIN)/python benchmarks/build_scale.py $(if $(SIZES),--sizes $(SIZES)) $(if $(REAL_SIZES),--real-sizes $(REAL_SIZES))
	@chromium="$$($(BIN)/python scripts/find_chromium.py)" || exit 1; \
	CHROMIUM="$$chromium" $(BIN)/python benchmarks/phone_speed.py --gzip $(if $(RUNS),--runs $(RUNS)) && \
	CHROMIUM="$$chromium" $(BIN)/python benchmarks/phone_speed.py --goal 0 $(if $(RUNS),--runs $(RUNS))

lint: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks scripts
	$(BIN)/ruff format --check macros tests benchmarks scripts

# scripts/find_chromium.py finds a Chromium or installs one (Playwright, else apt-get as root) and prints its path.
test: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks scripts
	@command -v node >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		echo "make test: ik installeer nodejs met apt-get ..." && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null; } || \
		{ echo "make test: Node.js ontbreekt; installeer het (https://nodejs.org of je pakketbeheerder) en probeer opnieuw"; exit 1; }
	node --test tests/js/
	@chromium="$$($(BIN)/python scripts/find_chromium.py)" || exit 1; \
	echo "Chromium: $$chromium"; \
	echo "CHROMIUM=$$chromium $(BIN)/python -m pytest $(PYTEST_ARGS)"; \
	CHROMIUM="$$chromium" $(BIN)/python -m pytest $(PYTEST_ARGS)

# Newer versions of the packages pinned in pyproject.toml (nothing is changed).
outdated: $(STAMP)
	$(BIN)/python scripts/outdated.py

# The newest installable Zensical in its own venv: tries the build and reports what breaks; never fails.
canary: $(STAMP)
	-$(PYTHON) scripts/canary.py

clean:
	rm -rf site build $(VENV) .venv-canary .pytest_cache

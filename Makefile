# IGS Desktop: `make run` starts the app, `make test` runs every test but the bundle test,
# `make lint` checks the code (ruff, and mypy as configured in pyproject.toml), `make dist`
# builds the one-folder bundle in dist/ and `make test-bundle` builds one and runs it.
# Each creates the virtual environment in .venv the first time (or when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean-venv dist test-bundle translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# PyInstaller (the `dist` extra) for the bundle; Linux needs binutils (objdump and strip, and
# as and ld for the lean ICU data of build.spec).
DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $(DIST_STAMP)

run: $(STAMP)
	$(BIN)/igs-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# dist/igs-desktop-<version>/: the program and its _internal folder (build.spec).
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	du -sh dist/igs-desktop-*/

# Builds the bundle in a temporary folder and runs the built program (tests/bundle).
test-bundle: $(DIST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/bundle $(PYTEST_ARGS)

# The window's English: collect the marked texts of src/igs_desktop/ui into the .ts (keeping
# the translations it has; translate new entries with pyside6-linguist), then compile the .qm
# the app loads. Both files are committed, so neither the app nor the bundle needs the tools.
TS := resources/translations/igs_desktop_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find src/igs_desktop/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

clean-venv:
	rm -rf $(VENV)

# The README's two commands are `make run` and `make test`.
PYTHON ?= $(shell packaging/find-python.sh)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test venv bench soak fuzz screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

venv: $(STAMP)

## Open the console on its embedded demo station.
run: $(STAMP)
	$(BIN)/watchdesk --demo

## Run the whole test suite inside a private keyring session and CUPS queue.
test: $(STAMP) tests/interop/node_modules/.installed
	tests/env/with-services.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

tests/interop/node_modules/.installed: tests/interop/package.json
	tests/env/require-packages.sh
	cd tests/interop && npm install --no-audit --no-fund --silent
	@touch $@

## Benchmarks: ratios against baselines measured in the same run (see docs/performance.md).
bench: $(STAMP)
	tests/env/with-services.sh $(BIN)/python -m bench.run $(BENCH_ARGS)

## Render the README's screenshots offscreen from the real widgets.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen PYTHONPATH=. $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) tests/interop/node_modules .pytest_cache

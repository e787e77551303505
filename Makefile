# The README's two commands are `make run` and `make test`.
# PYTHON: the interpreter the venv is made with; the distribution's python3 by default.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Each marker is written only after its step succeeded, so a rerun trusts nothing half-made.
CREATED := $(VENV)/.created
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# The languages (console/i18n): .ts sources kept in the repository, .qm compiled from them.
LANGUAGES := ru zh_CN
TS_FILES := $(LANGUAGES:%=resources/i18n/watchdesk_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
export PYTHON

.PHONY: help run check-display test test-pythons venv translations bench endurance soak fuzz screenshots fresh-check dist dist-check clean
.DEFAULT_GOAL := help

# The Debian package sets the goals on the command line need, checked together before the venv is
# made: an ordinary user is given one apt-get line for `make test` or `make run`, not one per step.
PACKAGE_SETS := venv $(if $(filter run,$(MAKECMDGOALS)),desktop) $(if $(filter test,$(MAKECMDGOALS)),test)

## Say what the targets do.
help:
	@awk '/^## / { text = text substr($$0, 4) " "; next } /^[a-z-]+:/ && text { sub(/:.*/, "", $$1); printf "make %-13s %s\n", $$1, text; text = "" } /^$$/ { text = "" }' $(MAKEFILE_LIST)

# The Debian packages come first (python3.X-venv among them), then the venv. A venv
# that failed half-way (no pip, say) is removed, never reused.
$(CREATED):
	@packaging/debian-packages.sh $(PACKAGE_SETS)
	@rm -rf $(VENV)
	@echo "Creating $(VENV) with $$($(PYTHON) -c 'import sys; print(sys.executable, sys.version.split()[0])')"
	@$(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip --version >/dev/null \
		|| { rm -rf $(VENV); echo "make: could not create $(VENV) with $(PYTHON); nothing was kept" >&2; exit 1; }
	@touch $@

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml | $(CREATED)
	@echo "Installing Watchdesk and its Python dependencies into $(VENV) (a minute or two the first time)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@$(BIN)/python -m pip list --disable-pip-version-check --format=freeze \
		| grep -iE '^(pyside6[-_]essentials|pyside6[-_]addons|sqlcipher3|sqlite-utils|jwcrypto|cryptography|keyring)=' | tr '\n' ' ' \
		| sed 's/^/Installed: /; s/ $$/\n/'
	@touch $@

venv: $(STAMP) $(QM_FILES)


## Refresh the translation sources (resources/i18n/*.ts) from the strings marked in the code;
## translators then fill them (pyside6-linguist), and the .qm files are compiled from them.
translations: $(STAMP)
	@for language in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate $$(find console -name '*.py' | sort) -no-obsolete -locations none \
			-source-language en -target-language $$language -ts resources/i18n/watchdesk_$$language.ts; \
	done

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

## Open the console on its embedded demo station (needs a display: X11 or Wayland).
run: check-display $(STAMP) $(QM_FILES)
	@packaging/debian-packages.sh desktop
	$(BIN)/watchdesk --demo

# Before the venv is made, so a session with no display is told at once.
check-display:
	@[ -n "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ] || { echo "make run: there is no display to open the console's window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it from a desktop session." >&2; exit 2; }

## Run the whole test suite inside a private keyring session and CUPS queue.
test: $(STAMP) $(QM_FILES) tests/interop/node_modules/.installed
	tests/env/with-services.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

## The whole suite once per supported Python found here (packaging/pythons.sh), each in its
## own venv (.venv-3.X): every version requires-python admits must pass.
test-pythons:
	@set -e; for python in $$(packaging/pythons.sh); do \
		version=$$($$python -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
		echo "== the suite on $$python (Python $$version)"; \
		$(MAKE) --no-print-directory test VENV=.venv-$$version PYTHON=$$python; \
	done

tests/interop/node_modules/.installed: tests/interop/package.json
	tests/env/require-packages.sh
	cd tests/interop && npm install --no-audit --no-fund --silent
	@touch $@

## Benchmarks: ratios against baselines measured in the same run (see docs/performance.md).
bench: $(STAMP) $(QM_FILES)
	tests/env/with-services.sh $(BIN)/python -m bench.run $(BENCH_ARGS)

## The demo console offscreen for ENDURANCE_MINUTES (30; 1440 for a full watch) with a notice a
## second and a scripted officer; fails on a crash, RSS +20 % after the warm-up, growing object or
## None counts, a notice not imported and listed. Log and samples in ENDURANCE_DIR (docs/performance.md).
ENDURANCE_MINUTES ?= 30
ENDURANCE_WARMUP_MINUTES ?= 5
ENDURANCE_DIR ?= $(or $(TMPDIR),/tmp)/watchdesk-endurance-$(shell date -u +%Y%m%dT%H%M%SZ)
endurance: $(STAMP) $(QM_FILES)
	$(BIN)/python -m bench.endurance run --out $(ENDURANCE_DIR) --minutes $(ENDURANCE_MINUTES) \
		--warmup-minutes $(ENDURANCE_WARMUP_MINUTES)

## Long runs of the reliability suite (tests/reliability/): 200 SIGKILLs during imports of
## 1,000 files (about 20 per import), 20 during imports from an inbox on a second file system
## (a tmpfs mounted as root), every bit of a sealed file flipped through an inbox,
## 5,000 fuzzed inputs per hypothesis test; the tests `make test` runs in their bounded form.
SOAK_ENV ?= WATCHDESK_SOAK_ROUNDS=200 WATCHDESK_XDEV_KILLS=20 WATCHDESK_BITFLIPS=all WATCHDESK_FUZZ_EXAMPLES=5000
soak: $(STAMP)
	env $(SOAK_ENV) tests/env/with-services.sh $(BIN)/python -m pytest tests/reliability -q -s -p no:cacheprovider \
		--durations=15 $(PYTEST_ARGS)

## Coverage-guided fuzzing of the open-and-verify path with atheris: FUZZ_RUNS inputs over
## FUZZ_JOBS processes, each refused with our own error or accepted only if genuine, none
## taking over a second. Crashing inputs are kept in $(FUZZ_DIR)/artifacts/.
FUZZ_RUNS ?= 1000000
FUZZ_JOBS ?= 2
FUZZ_DIR ?= $(or $(TMPDIR),/tmp)/watchdesk-fuzz
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet 'atheris>=2.3'
	tests/reliability/run_fuzz.sh $(BIN)/python $(FUZZ_RUNS) $(FUZZ_JOBS) $(FUZZ_DIR)

## Render the README's screenshots offscreen from the real widgets.
screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen PYTHONPATH=. $(BIN)/python docs/make_screenshots.py

## The README's two commands from a clean clone of HEAD on a minimal Debian 12
## (debootstrap), as root and as an ordinary user; logs under /var/tmp. Needs root.
fresh-check:
	packaging/fresh-check.sh

## The air-gapped workstation's install (docs/install.md): wheel and sdist, a hash-locked
## wheelhouse for Python 3.11-3.13 with install-offline.sh, a PyInstaller bundle (.tar.gz)
## and a .deb of it, SHA256SUMS and a CycloneDX SBOM, all in dist/. Needs PyPI; downloads
## are cached in ~/.cache/watchdesk-dist. dist-check (root) installs each with no network.
dist:
	packaging/dist.sh

dist-check:
	packaging/dist-check.sh

clean:
	rm -rf $(VENV) .venv-3.* tests/interop/node_modules .pytest_cache

# Two commands set everything up on a fresh machine: `make run` and `make test`.
# The interpreter .venv is built on. Extraction is pure Python, and a distribution's CPython (Debian's
# /usr/bin/python3: built with profile-guided and link-time optimisation, libpython inside the executable)
# runs it ~12% faster than a build with neither and a shared libpython, such as pyenv's default, which a
# plain `python3` may find first on PATH. `make PYTHON=python3.12 …` chooses another; a .venv is kept.
SYSTEM_PYTHON := /usr/bin/python3
PYTHON ?= $(shell $(SYSTEM_PYTHON) -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $(SYSTEM_PYTHON) || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Prefect's database prepared once for new PREFECT_HOMEs (zhibiao server prepare; flows/prefect_database.py)
PREPARED := $(VENV)/.prepared
COMPILED := $(VENV)/.compiled
# The samples' own warehouse: the nightly deployment (prefect.yaml) writes out/production.duckdb.
WAREHOUSE ?= out/samples.duckdb
SOURCE ?= samples/docs

.PHONY: run test browser deploy clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(PREPARED): $(STAMP)
	$(BIN)/zhibiao server prepare
	touch $(PREPARED)

# Our modules compiled here, once, and again as they change: where PYTHONDONTWRITEBYTECODE is set (Docker
# images, CI, this project's machines) Python writes no .pyc, and compiled every module of ours that a
# command imports, each time (0.13 s of a served `zhibiao run`'s 0.2 s start; 0.1 s of CPU more for each
# worker process). It still reads the .pyc files it finds.
$(COMPILED): $(STAMP) $(wildcard */*.py */*/*.py)
	$(BIN)/python -m compileall -q -x '/\.venv/' .
	touch $(COMPILED)

run: $(PREPARED) $(COMPILED)
	mkdir -p $(dir $(WAREHOUSE))
	$(BIN)/zhibiao run --source $(SOURCE) --warehouse $(WAREHOUSE)

# Test files spread over the cores (each worker has its own Prefect server; a file's tests stay together
# so that its module fixtures are built once).
test: $(PREPARED) $(COMPILED)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q --numprocesses auto --maxprocesses 4 --dist loadfile

# Debian's chromium renders the report in its test; a CJK font makes its screenshots legible.
browser:
	command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || { \
	  $(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y -qq chromium fonts-wqy-microhei; }

# Register the nightly deployment with the Prefect server in PREFECT_API_URL (see README).
deploy: $(STAMP)
	$(BIN)/prefect work-pool inspect zhibiao-process >/dev/null 2>&1 || $(BIN)/prefect work-pool create zhibiao-process --type process
	ZHIBIAO_HOME=$(CURDIR) $(BIN)/prefect --no-prompt deploy --all

# Only what make and the build made: the environment, caches, build files and the samples' warehouse with
# its companions (FILE.log, .lock, .previous …); its folder only once empty. Never another warehouse:
# the nightly deployment's out/production.duckdb is a user's data.
clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info $(WAREHOUSE) $(WAREHOUSE).*
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	rmdir $(dir $(WAREHOUSE)) 2>/dev/null || true

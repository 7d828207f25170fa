PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench corpus clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/summitx extract seeds/

test: install
	.ci/install-chromium
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check summitx tests benchmarks
	$(BIN)/ruff format --check summitx tests benchmarks

# Every article of a real corpus through the extractor, read in place: zero crashes, every
# file accounted for, all offsets valid (benchmarks/corpus_check.py prints the counts).
BBC ?= ../shared/corpora/bbc-news-2005
corpus: install
	$(BIN)/python benchmarks/corpus_check.py $(BBC)

bench: install
	$(BIN)/python benchmarks/bench.py $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

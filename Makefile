PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench corpus eval clean

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

# Every set's figures through `summitx eval` (the SPEC metric, the same figures as
# ../shared/tools/score.py): the 41 articles are extracted once and each gold set scored from
# that output; PolNeAR dev is extracted from its own file.
SHARED ?= ../shared
EVAL_DIR ?= $(or $(TMPDIR),/tmp)/summitx-eval
eval: install
	rm -rf $(EVAL_DIR) && mkdir -p $(EVAL_DIR)/gold_all
	cp $(SHARED)/gold/seeds/*.json $(SHARED)/gold/dev/*.json $(SHARED)/gold/dev2/*.json $(EVAL_DIR)/gold_all/
	$(BIN)/summitx extract seeds/ $(SHARED)/dev/articles.jsonl $(SHARED)/dev2/articles.jsonl \
		--format jsonl -q -o $(EVAL_DIR)/all.jsonl
	@for set in seeds dev dev2; do echo "== $$set"; \
		$(BIN)/summitx eval $(SHARED)/gold/$$set --records $(EVAL_DIR)/all.jsonl || exit 1; done
	@echo "== all (seeds + dev + dev2)"
	@$(BIN)/summitx eval $(EVAL_DIR)/gold_all --records $(EVAL_DIR)/all.jsonl
	@echo "== PolNeAR dev"
	@$(BIN)/summitx eval $(SHARED)/polnear/polnear_dev.jsonl

bench: install
	$(BIN)/python benchmarks/bench.py $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

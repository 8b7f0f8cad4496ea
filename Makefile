# The two commands: `make demo` runs the tour on samples/, `make test` runs the tests.
# Both create .venv when it is missing and install into it; nothing else is needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
MS     := $(BIN)/minshare
DEMO   := demo

.PHONY: demo test lint docs bench bench-detect clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,spark,db]'
	touch $(VENV)/.installed $@

# pycanon, the independent check of the risk figures, pins its own numpy and pandas,
# so it lives in a venv of its own
.venv-pycanon/bin/python:
	$(PYTHON) -m venv .venv-pycanon
	.venv-pycanon/bin/python -m pip install --quiet "pycanon>=1.3"

$(VENV)/.installed-bench: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	rm -rf $(DEMO) && mkdir -p $(DEMO)/out
	@echo "== scan: which columns hold personal information, and why"
	$(MS) scan samples/clients.csv
	$(MS) scan samples/episodes.parquet --draft-policy $(DEMO)/episodes-draft.yaml --purpose research
	@echo "== keys: the sender's set, and the recipients' key pairs"
	$(MS) keys init $(DEMO)/keys/sender
	$(MS) keys recipient $(DEMO)/keys/services-australia
	$(MS) keys recipient $(DEMO)/keys/ato
	@echo "== check, apply and verify: every sample, every purpose"
	@for pair in clients:csv episodes:parquet businesses:jsonl; do \
	  name=$${pair%%:*}; ext=$${pair##*:}; \
	  for purpose in service-delivery policy-and-programs research; do \
	    out=$(DEMO)/out/$$name-$$purpose.$$ext; \
	    $(MS) check samples/$$name.$$ext --policy policies/$$name.yaml --purpose $$purpose || exit 1; \
	    $(MS) apply samples/$$name.$$ext --policy policies/$$name.yaml --purpose $$purpose \
	      -o $$out --keys $(DEMO)/keys/sender || exit 1; \
	    $(MS) verify $$out.manifest.json --signer-key $(DEMO)/keys/sender/signing.pub \
	      --policy policies/$$name.yaml || exit 1; \
	  done; \
	done
	@echo "== decrypt: each recipient reads the columns encrypted for it"
	$(MS) decrypt $(DEMO)/out/clients-service-delivery.csv --key $(DEMO)/keys/services-australia/recipient.key \
	  --manifest $(DEMO)/out/clients-service-delivery.csv.manifest.json -o $(DEMO)/out/clients-service-delivery.plain.csv
	$(MS) decrypt $(DEMO)/out/episodes-service-delivery.parquet --key $(DEMO)/keys/services-australia/recipient.key \
	  --manifest $(DEMO)/out/episodes-service-delivery.parquet.manifest.json -o $(DEMO)/out/episodes-service-delivery.plain.parquet
	$(MS) decrypt $(DEMO)/out/businesses-service-delivery.jsonl --key $(DEMO)/keys/ato/recipient.key \
	  --manifest $(DEMO)/out/businesses-service-delivery.jsonl.manifest.json -o $(DEMO)/out/businesses-service-delivery.plain.jsonl
	@echo "== done: releases, manifests and decrypted copies are in $(DEMO)/out"

test: $(VENV)/.installed-test .venv-pycanon/bin/python
	tools/system-deps
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/ruff check src tests bench samples
	$(BIN)/ruff format --check src tests bench samples
	$(BIN)/mypy

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run

bench-detect: $(VENV)/.installed-bench
	$(BIN)/python bench/detect

docs: $(VENV)/.installed
	$(BIN)/python -m minshare.cli.reference > docs/cli.md

clean:
	rm -rf $(DEMO) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

# zhengce: two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= output/policies.db

.PHONY: run test bench evaluate serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: set up, then extract corpus/ into output/policies.db and print a summary
run: $(STAMP)
	$(BIN)/zhengce run corpus --db $(DB) --workers 2

## test: set up, then run the test suite
test: $(STAMP)
	$(BIN)/pytest

## bench: ingest+normalize speed against raw pdfplumber on the same files, same run
bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py

## evaluate: score output/policies.db against the gold files
evaluate: $(STAMP)
	$(BIN)/zhengce evaluate --gold tests/gold --db $(DB)

## serve: browse the database in Datasette
serve: $(STAMP)
	$(BIN)/zhengce serve --db $(DB)

clean:
	rm -rf output/*.db output/*.db-wal output/*.db-shm

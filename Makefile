# zhengce: two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= output/policies.db

.PHONY: run test bench evaluate evaluate-real serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,cluster,bench]'
	touch $(STAMP)

## run: set up, then extract corpus/ into output/policies.db and print a summary
run: $(STAMP)
	$(BIN)/zhengce run corpus --db $(DB) --workers 2

## test: set up, then run the test suite
test: $(STAMP)
	$(BIN)/pytest

## bench: ingest+normalize speed against raw pdfplumber on the same files, same run; the full
## pipeline's time on 1×, 2×, 4× the input per format (cost must grow linearly); diff time against
## 100, 1,000 and 10,000 stored notices; the browser's table, faceted and search pages at 10,000 generated
## notices (bench/results/ keeps the corpora and databases); zhengce at scale (bench/bench_scale.py) over
## BENCH_N generated notices (text, web pages, DOCX, PDF), with its baselines in the same run. 10,000
## notices (about half an hour on 2 cores; output/bench keeps the corpus): make bench BENCH_N="100 1000 10000"
BENCH_N ?= 100 1000
bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_scaling.py
	$(BIN)/python bench/bench_diff.py
	$(BIN)/python bench/bench_serve.py
	$(BIN)/python bench/bench_scale.py --n $(BENCH_N)

## evaluate: score output/policies.db against the gold files
evaluate: $(STAMP)
	$(BIN)/zhengce evaluate --gold tests/gold --db $(DB)

## evaluate-real: extract the real notices of ../shared/real (when that folder is there) and score them
## against tests/real_gold (gold written blind; the notices themselves are third-party and not in the project)
REAL ?= ../shared/real
evaluate-real: $(STAMP)
	@test -d $(REAL) || { echo "no $(REAL): the real notices are not on this machine"; exit 1; }
	rm -f output/real.db
	$(BIN)/zhengce run $(wildcard $(REAL)/govcn/*.html) $(wildcard $(REAL)/scraped_md/m*.md) --db output/real.db -q
	$(BIN)/zhengce evaluate --gold tests/real_gold --db output/real.db

## serve: browse the database in Datasette on http://127.0.0.1:$(PORT)/ (read-only; HOST= to listen elsewhere)
PORT ?= 8001
HOST ?= 127.0.0.1
serve: $(STAMP)
	$(BIN)/zhengce serve --db $(DB) --host $(HOST) --port $(PORT)

clean:
	rm -rf output/*.db output/*.db-wal output/*.db-shm

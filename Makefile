# Quick start: `make run` crawls www.torun.pl and serves the archive; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
DB ?= archive.db
PORT ?= 8001
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp

.PHONY: install run test bench demo quality screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Crawl the live council news, then serve the archive (also when the crawl failed: what is
# archived stays browsable, and the crawl's summary says what went wrong).
run: $(STAMP)
	$(BIN)/archiver crawl --db $(DB) || echo "make run: the crawl did not complete (see its summary above); serving the archive as it is"
	$(BIN)/archiver serve --db $(DB) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

# Crawl, extract, store and search, then a 100,000-article archive served → bench/results.json, docs/benchmarks.md (~30 min)
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m bench.run

# Precision and recall of credits and people on the labelled sets → docs/extraction-quality.md
quality: $(STAMP)
	$(BIN)/python -m bench.quality

# The real-browser test, keeping its screenshots for the README (needs chromium, chromium-driver)
screenshots: $(STAMP)
	ARCHIVER_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_browser.py

# Offline: crawl the model site from tests/site into demo.db and serve it.
demo: $(STAMP)
	$(BIN)/python -m tests.site.server --articles 60 --port 8088 & server=$$!; \
	sleep 1; $(BIN)/archiver crawl --db demo.db --base-url http://127.0.0.1:8088 --delay 0; \
	kill $$server; $(BIN)/archiver serve --db demo.db --port $(PORT)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache

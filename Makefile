# The guide's commands. `make help` lists them. Developers and CI use the same targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup setup-browser setup-bench offline serve build test check bench new notebook diagram lock clean

help: ## List the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Variables: SLUG=<slug> for new, NAME=<name> for notebook and diagram"

setup: ## Install Graphviz and the pinned Python environment (run by the other targets)
	@scripts/setup.sh

setup-browser: ## Also install Chromium for the browser tests
	@scripts/setup.sh --browser

setup-bench: ## Also install Chromium, Node.js and the pinned Lighthouse for the benchmark
	@scripts/setup.sh --bench

serve: setup ## Serve the site with live reload at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --livereload

build: setup ## Strict build of the whole site into site/
	$(BIN)/mkdocs build --strict

test: setup-browser ## Run the whole test suite (unit, fixture builds, built site, browser)
	$(BIN)/python -m pytest

check: setup ## Validate walkthroughs against the contract (drafts included)
	$(BIN)/python -m guidebuild.validator --drafts

offline: setup ## Build a copy that works from the file system, zipped into dist/guide-offline.zip
	$(BIN)/python scripts/offline.py

bench: setup-bench ## Benchmark build times, page weight, Lighthouse and axe (report in bench-report/)
	$(BIN)/python scripts/bench.py

new: setup ## Scaffold a walkthrough: make new SLUG=design-a-url-shortener
	@test -n "$(SLUG)" || { echo "usage: make new SLUG=<slug>"; exit 2; }
	$(BIN)/python -m guidebuild.scaffold "$(SLUG)"

notebook: setup ## Execute one notebook and print its figures: make notebook NAME=webhook-delivery
	@test -n "$(NAME)" || { echo "usage: make notebook NAME=<name>"; exit 2; }
	$(BIN)/python -m guidebuild.cli notebook "$(NAME)"

diagram: setup ## Render one diagram to .cache/guide/preview/: make diagram NAME=webhook-delivery-mvp
	@test -n "$(NAME)" || { echo "usage: make diagram NAME=<name>"; exit 2; }
	$(BIN)/python -m guidebuild.cli diagram "$(NAME)"

lock: ## Re-resolve requirements.in into the hashed requirements.lock
	python3 -m venv .cache/lockenv && .cache/lockenv/bin/pip install -q pip-tools==7.6.2
	.cache/lockenv/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf site site-offline dist .cache .pytest_cache

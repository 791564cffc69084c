# The README's two commands, `make demo` and `make test`, do all the set-up on a fresh Debian.
SHELL := /bin/bash
PYTHON_SYSTEM := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= $(abspath ../shared)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
# Where `make package` builds and writes its zip (the tests pass temporary folders).
DIST ?= dist
PACKAGE_BUILD ?= build/package
ZIP = $(DIST)/odt_qgis_plugin-$(VERSION).zip
# The PostGIS extension package is named after the server's major version (15 on Debian 12, 17 on 13).
POSTGIS_PACKAGE = $(or $(shell apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: \(postgresql-[0-9][0-9]*\)$$/\1-postgis-3/p' | head -1),postgresql-15-postgis-3)
DEBIAN_PACKAGES := python3-qgis qgis-providers python3-pandas python3-requests python3-venv python3-pip \
	gdal-bin pyqt5-dev-tools qttools5-dev-tools poppler-utils xvfb qgis \
	postgresql python3-psycopg2 $(POSTGIS_PACKAGE)
PIP_PACKAGES := pytest==9.2.0 pytest-qgis==5.0.2 pytest-httpserver==1.2.0 ruff==0.17.6 pytest-timeout vermin==1.9.2
QT_ENV := QT_QPA_PLATFORM=offscreen ODT_SHARED_DIR=$(SHARED)

.PHONY: setup qm system-packages translations test test-fast test-quick lint demo bench package install styles layouts \
	screenshots clean

setup: $(VENV)/.ready qm

# The .qm files are built from the committed .ts; `make translations` also rescans the sources.
qm: $(VENV)/.ready
	@lrelease -silent i18n/odt_qgis_plugin_fr.ts -qm i18n/odt_qgis_plugin_fr.qm

system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages: $$missing"; echo "Run as root: apt-get install $$missing"; exit 1; \
	  fi; \
	fi

$(VENV)/.ready: Makefile
	@$(MAKE) --no-print-directory system-packages
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install -q $(PIP_PACKAGES)
	@$(PY) -c "import qgis.core, pandas, requests, pytest_qgis" || { echo "QGIS Python bindings not importable from $(PY)"; exit 1; }
	@touch $@

translations: $(VENV)/.ready
	@pylupdate5 -noobsolete $$($(PY) i18n/list_sources.py) -ts i18n/odt_qgis_plugin_fr.ts 2>/dev/null
	@$(MAKE) --no-print-directory qm

test: setup
	$(QT_ENV) $(PY) -m pytest -q --timeout=600 tests

# The pure tier: no QGIS plugin, only the test modules marked pure; a few seconds.
test-fast: setup
	$(QT_ENV) $(PY) -m pytest -q -p no:pytest_qgis --timeout=120 tests

# Everything but subprocesses, atlases, PostGIS and packaging: what to run while changing QGIS code.
test-quick: setup
	$(QT_ENV) $(PY) -m pytest -q -m "not slow" --timeout=600 tests

lint: setup
	$(PY) -m ruff check --select F,E,W,I,FA102 --target-version py39 --line-length 120 odt_qgis_plugin tests bench i18n resources
	$(VENV)/bin/vermin -t=3.9- --violations --no-tips --eval-annotations odt_qgis_plugin tests bench resources i18n

DEMO := build/demo
CLI := $(QT_ENV) $(PY) -m odt_qgis_plugin

# The 2022 registry holds the observatory's data as of 31 December 2022 (../shared/README.md): its edition date.
demo: setup
	@mkdir -p $(DEMO)
	$(CLI) build-store --out $(DEMO)/store.gpkg
	$(CLI) import-actors --store $(DEMO)/store.gpkg --edition 2022-12-31 $(SHARED)/data/odt/odt-actors-2022.csv
	$(CLI) indicators --store $(DEMO)/store.gpkg --format json --out $(DEMO)/indicateurs-france.json
	$(CLI) indicators --store $(DEMO)/store.gpkg --region 52 --format csv --out $(DEMO)/indicateurs-r52.csv
	$(CLI) indicators --store $(DEMO)/store.gpkg --excel --out $(DEMO)/indicateurs-france-tableur.csv
	$(CLI) footprints --store $(DEMO)/store.gpkg
	$(CLI) render --store $(DEMO)/store.gpkg --layer regions --out $(DEMO)/carte-engagement-regions.png
	$(CLI) render --store $(DEMO)/store.gpkg --layer communes --out $(DEMO)/carte-engagement-communes.png
	$(CLI) render --store $(DEMO)/store.gpkg --layer footprints --out $(DEMO)/carte-mutualisations.png
	$(CLI) export --store $(DEMO)/store.gpkg --template a4-portrait --territory france --format pdf --out $(DEMO)/france-a4.pdf
	$(CLI) export --store $(DEMO)/store.gpkg --template a4-landscape --territory france --atlas region --format pdf --out $(DEMO)/atlas-regions.pdf
	$(CLI) export --store $(DEMO)/store.gpkg --template mutualisation --territory france --format pdf --out $(DEMO)/mutualisation-france.pdf
	$(CLI) whatif --store $(DEMO)/store.gpkg --scenario communes-5000 --rule communes-above:5000 --region 52 --format json --template a4-landscape --layout $(DEMO)/scenario-r52.pdf > $(DEMO)/scenario-r52.json
	$(CLI) evolution --store $(DEMO)/store.gpkg --format json --out $(DEMO)/evolution-france.json
	$(CLI) evolution --store $(DEMO)/store.gpkg --format pdf --out $(DEMO)/evolution-france.pdf
	$(QT_ENV) $(PY) bench/panel_screenshot.py --store $(DEMO)/store.gpkg --region 52 --out $(DEMO)/panel-region.png
	@echo "Demo outputs in $(DEMO)/"

bench: setup
	$(QT_ENV) $(PY) bench/run.py

# The README's desktop pictures: the real QGIS window under Xvfb, French interface, with the demo's store.
screenshots: setup
	@test -f $(DEMO)/store.gpkg || $(MAKE) --no-print-directory demo
	$(PY) bench/desktop_screenshots.py --store $(DEMO)/store.gpkg --region 52 --lang fr --out-dir resources/doc

package: setup
	@rm -rf $(PACKAGE_BUILD) && mkdir -p $(PACKAGE_BUILD)/odt_qgis_plugin $(DIST)
	@cp -r odt_qgis_plugin/. $(PACKAGE_BUILD)/odt_qgis_plugin/
	@cp -r resources metadata.txt LICENSE $(PACKAGE_BUILD)/odt_qgis_plugin/
	@mkdir -p $(PACKAGE_BUILD)/odt_qgis_plugin/i18n && cp i18n/*.qm $(PACKAGE_BUILD)/odt_qgis_plugin/i18n/
	@find $(PACKAGE_BUILD) -name __pycache__ -prune -exec rm -rf {} +
	@rm -rf $(PACKAGE_BUILD)/odt_qgis_plugin/resources/doc $(PACKAGE_BUILD)/odt_qgis_plugin/resources/tools
	@rm -f $(ZIP) && cd $(PACKAGE_BUILD) && $(abspath $(PY)) -m zipfile -c $(abspath $(ZIP)) odt_qgis_plugin
	@echo "Plugin zip: $(ZIP)"

# Developer tools, not shipped: regenerate resources/styles/*.qml from maps/classes.py and
# resources/layouts/*.qpt from the page designs of resources/tools/generate_layouts.py.
styles: setup
	$(QT_ENV) $(PY) resources/tools/generate_styles.py

layouts: setup
	$(QT_ENV) $(PY) resources/tools/generate_layouts.py

# QGIS wants metadata.txt inside the plugin folder: link each part of the working copy there.
install: qm
	@target="$${QGIS_PROFILE_DIR:-$$HOME/.local/share/QGIS/QGIS3/profiles/default}/python/plugins/odt_qgis_plugin"; \
	rm -rf "$$target" && mkdir -p "$$target"; \
	for item in odt_qgis_plugin/* metadata.txt resources i18n LICENSE; do ln -s "$(CURDIR)/$$item" "$$target/"; done; \
	echo "Linked into $$target (restart QGIS, then enable the plugin)"

clean:
	rm -rf build dist i18n/*.qm .pytest_cache

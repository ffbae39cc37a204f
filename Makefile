# sitrep build. `make` builds the binary with the web UI's libraries;
# `make web` installs them (npm ci from web/package-lock.json) and copies
# their distribution files into web/static/vendor, which go:embed picks up.

GO ?= go
VENDOR := web/static/vendor
SHARED ?= ../shared

.PHONY: all build web test world browser-test load clean-web

all: build

build: web
	$(GO) build -o sitrep ./cmd/sitrep

web:
	cd web && npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp web/node_modules/uplot/dist/uPlot.iife.min.js web/node_modules/uplot/dist/uPlot.min.css $(VENDOR)/
	cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css $(VENDOR)/
	cp web/node_modules/uplot/LICENSE $(VENDOR)/LICENSE.uplot
	cp web/node_modules/leaflet/LICENSE $(VENDOR)/LICENSE.leaflet

# Regenerate the map's country outlines from the shared Natural Earth data.
world:
	$(GO) run ./web/worldgen -in $(SHARED)/data/geo/countries-110m.json \
		-countries $(SHARED)/data/geo/countries.tsv -out web/static/world.geojson

test: web
	$(GO) test ./...

# Browser tests against the demo data (needs chromium).
browser-test: web
	$(GO) test -run Browser -v ./server/

# Load test: builds a synthetic database of 1M events and measures the API.
load:
	$(GO) run ./server/loadgen -events 1000000 -rate 500 -duration 30s

clean-web:
	rm -rf web/node_modules
	find $(VENDOR) -type f ! -name README.md -delete

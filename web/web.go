// Package web holds sitrep's browser UI: HTML, CSS and JavaScript of our
// own, the world outlines made by worldgen, and the front-end libraries
// (uPlot, Leaflet) that `make web` installs from npm into static/vendor.
// Everything is embedded in the binary, so the UI works offline.
package web

import (
	"embed"
	"io/fs"
)

//go:generate go run ./worldgen -in ../../shared/data/geo/countries-110m.json -countries ../../shared/data/geo/countries.tsv -out static/world.geojson

//go:embed all:static
var files embed.FS

// Static returns the UI's files, rooted at the folder that holds
// index.html.
func Static() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the folder is embedded at build time
	}
	return sub
}

// VendorFiles are the library files that `make web` copies into
// static/vendor; the UI draws charts and maps only when all are present.
var VendorFiles = []string{
	"vendor/uPlot.iife.min.js",
	"vendor/uPlot.min.css",
	"vendor/leaflet.js",
	"vendor/leaflet.css",
}

// HasVendor reports whether the front-end libraries were embedded.
func HasVendor() bool { return HasVendorIn(Static()) }

// HasVendorIn reports whether root holds all of VendorFiles.
func HasVendorIn(root fs.FS) bool {
	for _, f := range VendorFiles {
		if _, err := fs.Stat(root, f); err != nil {
			return false
		}
	}
	return true
}

// Package assets embeds source assets the server needs at run time: the
// demo product pictures seeded on first start.
package assets

import "embed"

// Demo holds demo/<name>.png, one per demo promotion (drawn as
// demo/<name>.svg and rasterized by rasterize.go), and demo/logo.png, the
// demo store's logo.
//
//go:embed demo/*.png
var Demo embed.FS

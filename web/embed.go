// Package web embeds the static files served under /web: the built
// app.wasm (with its .br and .gz, produced by `make build`), the style
// sheet and the icons. The binary is a complete install.
package web

import "embed"

// FS holds every file in this directory.
//
//go:embed *
var FS embed.FS

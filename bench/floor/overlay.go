//go:build !wasm

package main

import (
	"io/fs"
	"strings"
)

// overlay is storecast's web directory with the floor's app.wasm (and its
// .br, .gz, .sha256) in place of the screens'.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if strings.HasPrefix(name, "app.wasm") {
		return o.top.Open(name)
	}
	return o.base.Open(name)
}

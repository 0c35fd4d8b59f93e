//go:build wasm

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The floor's app.wasm: the one page, run by go-app, nothing of storecast.
func main() {
	register()
	app.RunWhenOnBrowser()
}

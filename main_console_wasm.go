//go:build wasm && console

// The browser entry point of console.wasm (built with -tags console): the
// staff console, which shoppers' screens never download.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console"
)

func main() {
	console.Register(nil)
	registerOther(true)
	app.RunWhenOnBrowser()
}

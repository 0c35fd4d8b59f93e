//go:build wasm && !console

// The browser entry point of app.wasm: the pages of shoppers' screens, the
// same route table the server prerenders for them, run by go-app in the
// page. main_console_wasm.go is the staff console's (console.wasm).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/routes"
)

func main() {
	routes.Register(nil)
	registerOther(false)
	app.RunWhenOnBrowser()
}

//go:build wasm

// The browser entry point: the same route table the server prerenders,
// run by go-app in the page.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/routes"
)

func main() {
	routes.Register(nil)
	routes.RegisterCoupon(nil)
	app.RunWhenOnBrowser()
}

// Package routes is the route table of shoppers' screens, shared by the
// server (which prerenders every page) and app.wasm (which runs them). The
// staff console registers its own (console.Register), for the server and
// console.wasm (app/programs).
package routes

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/home"
	"storecast/app/kiosk"
	"storecast/app/screen"
	"storecast/app/signage"
)

// Register adds the screens' pages. src feeds server-side renders with the
// current state; the browser passes nil.
func Register(src screen.Source) {
	app.Route("/", func() app.Composer { return &home.Page{} })
	// Every kiosk screen is the same page: moving between them keeps it
	// (and its live feed and idle clock) mounted.
	for _, path := range kiosk.Paths() {
		app.Route(path, func() app.Composer { return &kiosk.Page{Source: src} })
	}
	app.Route(signage.Path, func() app.Composer { return &signage.Page{Source: src} })
}

// Paths lists the page routes, for the server's mux and the service worker.
var Paths = append([]string{"/", signage.Path}, kiosk.Paths()...)

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// floorPath is the floor page's address on the floor server: the root,
// which go-app's service worker caches whatever the routes are (the
// worker's install fails, and it never takes over, if that is not found).
const floorPath = "/"

// register adds the floor's one route: the server prerenders it, the
// browser runs it.
func register() {
	app.Route(floorPath, func() app.Composer { return &floor{} })
}

// floor is the least a go-app page can be: a heading, and the readiness
// signal every storecast screen gives (app/live sets data-live="1" on
// <html> once the screen is current), set as soon as go-app has mounted
// the page. "Live" on the floor thus means: the wasm downloaded,
// compiled and started, and go-app rendered and mounted a page.
type floor struct{ app.Compo }

func (*floor) Render() app.UI {
	return app.H1().Text("Storecast start-up floor")
}

func (*floor) OnMount(app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-live", "1")
}

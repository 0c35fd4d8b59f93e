package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/programs"
)

// registerOther adds the paths of the other program, and the phone's
// pages, which no program runs: inConsole is true in console.wasm.
func registerOther(inConsole bool) {
	pattern := programs.ConsolePattern
	if inConsole {
		pattern = programs.ScreensPattern
	}
	app.RouteWithRegexp(pattern, func() app.Composer { return &elsewhere{} })
	app.RouteWithRegexp(programs.PhonePattern, func() app.Composer { return &elsewhere{} })
}

// elsewhere is the page for a link out of this program: go-app would show
// "not found" for a route its program lacks, so the browser loads the
// address afresh and the server sends the page with the right wasm, or
// none. Only paths the server has a page for get it: a path that has none
// stays "not found" rather than reloading forever.
type elsewhere struct{ app.Compo }

func (e *elsewhere) Render() app.UI { return app.Div() }

func (e *elsewhere) OnMount(ctx app.Context) {
	app.Window().Get("location").Call("reload")
}

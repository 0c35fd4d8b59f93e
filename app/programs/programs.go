// Package programs says which of the browser's two programs runs a page:
// app.wasm has the pages of shoppers' screens (kiosk, signage, the start
// page, claim and coupon pages), console.wasm the staff console. A screen
// never downloads or compiles the console, about a fifth of the code.
// Leaf package: both programs import it, and it imports neither's pages.
package programs

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ConsolePattern matches the paths console.wasm runs (the loader picks the
// wasm with it); ScreensPattern those of app.wasm.
const (
	ConsolePattern = `^/console(/|$)`
	ScreensPattern = `^/($|kiosk(/|$)|signage(/|$)|claim/|c/)`
)

// RegisterOther adds, in the browser, the paths of the other program:
// inConsole is true in console.wasm.
func RegisterOther(inConsole bool) {
	pattern := ConsolePattern
	if inConsole {
		pattern = ScreensPattern
	}
	app.RouteWithRegexp(pattern, func() app.Composer { return &elsewhere{} })
}

// elsewhere is the page for a link into the other program: go-app would
// show "not found" for a route its program lacks, so the browser loads the
// address afresh and the server sends the page with the right wasm. Only
// the other program's paths get it: a path neither has stays "not found"
// rather than reloading forever.
type elsewhere struct{ app.Compo }

func (e *elsewhere) Render() app.UI { return app.Div() }

func (e *elsewhere) OnMount(ctx app.Context) {
	app.Window().Get("location").Call("reload")
}

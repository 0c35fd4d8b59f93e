package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register adds the console's pages, for the server's renders and for
// console.wasm.
func Register() {
	for _, p := range Paths() {
		app.Route(p, func() app.Composer { return &Page{} })
	}
}

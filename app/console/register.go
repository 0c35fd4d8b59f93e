package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register adds the console's pages, for the server's renders and for
// console.wasm. The server passes isFirstRun, which says whether the store
// has no staff account yet, so that a fresh install's console is rendered
// with the form that creates the first admin rather than a sign-in form
// nobody can use yet; console.wasm passes nil and reads the answer from
// the page the server rendered.
func Register(isFirstRun func() bool) {
	for _, p := range Paths() {
		app.Route(p, func() app.Composer { return &Page{FirstRun: isFirstRun} })
	}
}

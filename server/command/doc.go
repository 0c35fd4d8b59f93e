// Package command is the storecast command: it parses the command line,
// builds the store, media library, hub, API and PWA handlers, serves them,
// and owns shutdown. main.go hands it os.Args, the environment and a
// context, nothing else.
//
// The server shares only a small kernel of plain-Go packages with the
// browser: app/content, app/rest, app/i18n, app/qr, app/explain and
// app/programs. This package is the one exception, and only for the route
// tables: go-app prerenders every page on the server, so serve registers
// the same tables the wasm programs run (app/routes and console.Register),
// handing the pages their data as plain funcs (prerenderSource,
// noStaffYet) rather than importing the pages' types. The phone's pages
// are no go-app pages: server/phone renders them.
// TestServerImportsOnlyTheSharedKernel keeps it so.
package command

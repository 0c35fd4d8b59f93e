// Command wasmmod writes bin/wasm-module/wasm.mod, the module file of
// everything the Makefile builds, vets and tests for the browser (its
// $(WASMGO)): go.mod plus replace directives to copies of go-app and
// go-i18n with code the browser never runs taken out. Every kiosk
// downloads and compiles the wasm; docs/bench.md has what the copies
// save, docs/wasm.md the same story for readers of the docs.
//
//   - go-app imports net/http for its server Handler and LocalDir alone.
//     Importing net/http runs its package initialisation, and with it
//     crypto/tls, x509 and HTTP/2 tables. The copy leaves out http.go,
//     gives LocalDir a resolver without a file server, drops the wasm
//     build's GenerateStaticWebsite (which only panics there and names
//     Handler), and compiles a route's regexp at its first match rather
//     than at start-up.
//   - go-i18n falls back to text/template when a message is filled
//     without a parser of the caller's. text/template calls methods by
//     reflection, so the linker keeps every exported method of every
//     type. storecast always gives its own parser (app/i18n); the copy's
//     fallback is go-i18n's IdentityParser.
//   - go-i18n's NewBundle builds the CLDR plural rules of some 200
//     languages, one generated function that V8 compiles when a screen
//     shows its first message. The copy's DefaultRules keeps the rules of
//     storecast's locales (content.Locales) and of the languages that
//     share them.
//
// The copies are made from the module cache, which go.sum verified, and
// every edited file is checked against the exact file its edit was
// written for: another version makes this command fail, naming each
// changed file, rather than build something unreviewed. Files it does not
// edit pass through, so a release that changes only those needs nothing
// here. The server builds the modules unchanged.
//
// # Why edits at build time
//
// Neither module can leave this code out by itself: go-app has no build
// tag for its Handler or LocalDir (none in v10.1.11 nor v11.0.1; its 2025
// size change took text/template out of the Handler, not net/http), and
// go-i18n none for its text/template fallback. A fork would have to be
// committed to this repository, the module proxy being all a build can
// reach: tens of thousands of lines of someone else's code that go.sum no longer
// verifies, re-imported at every release, and a plain replace would give
// the server the fork too. go build -overlay refuses files in the module
// cache. So the edits live here, each pinned to its file. When upstream
// offers a build tag for one, use it and delete the edit.
//
// # When go-app or go-i18n release a fix
//
//  1. go get the fixed version, then go mod tidy.
//  2. make build, make vet, make wasmtest and go test ./tools/... fail at
//     once if the release changed a file this command edits, listing each
//     with its new sha256. If nothing fails, go to step 4.
//  3. For each listed file, diff it against the version the edits were
//     written for (patch.version) and redo each edit on the new file so
//     that it keeps doing what its comment in patches says; set sha256 to
//     the one listed and version to the new version. A file gone or split
//     upstream means finding where its code went.
//  4. go test ./tools/wasmmod (both wasms build on the copies, net/http
//     stays out, no text/template fallback, every plural reads as with
//     go-i18n's full rules), make vet wasmtest, make build (compare the
//     brotli size it prints with docs/bench.md's bundle row), make e2e.
//
// docs/wasm.md has the commands and how long a dry run took.
package main

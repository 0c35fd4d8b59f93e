// Package programs says which of the browser's two programs runs a page:
// app.wasm has the pages of shoppers' screens (kiosk, signage, the start
// page), console.wasm the staff console. A screen never downloads or
// compiles the console, about a fifth of the code. The pages a shopper
// opens on their own phone (coupon and claim pages, server/phone) run
// neither: they are the server's HTML and a few kilobytes of script.
//
// Plain Go, part of the kernel the server shares: the server's loader
// picks a page's wasm with ConsolePattern, and each program sends the
// other's paths to a full page load (other_wasm.go, beside the two
// programs' main functions).
package programs

// ConsolePattern matches the paths console.wasm runs (the loader picks the
// wasm with it); ScreensPattern those of app.wasm; PhonePattern the
// phone's pages, which no wasm runs.
const (
	ConsolePattern = `^/console(/|$)`
	ScreensPattern = `^/($|kiosk(/|$)|signage(/|$))`
	PhonePattern   = `^/(claim|c)/`
)

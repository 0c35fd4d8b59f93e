// Package rest is the JSON API's request and response bodies of /api/v1,
// shared by the server's handlers (server/api) and the browser's clients
// (the staff console, the kiosk, the claim page, proof of play): a wire
// shape has exactly one Go type, here.
//
// The content model the live feed also carries (content.Promotion,
// content.Playlist, content.Coupon, …) stays in app/content; the bodies
// here reuse it. Plain types only: no I/O, no browser or server imports,
// since both sides compile the package and every screen's wasm carries it.
//
// Field order is the order of the keys on the wire. Bodies that used to be
// written from maps keep their keys sorted, so answers are byte for byte
// what they were.
package rest

// Package content holds the content model and the live-feed wire envelope
// shared by the browser app and the server. It is plain Go: no I/O, no
// browser or database imports, so both sides compile it.
package content

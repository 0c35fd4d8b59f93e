// Package api is the JSON API under /api/v1: promotions and media uploads,
// for the console and for automation with a bearer token. Every change is
// written to the store and then published to the screens, one change at a
// time, so screens see changes in the order the database made them.
//
// Errors are answered as {"error": {"code": ..., "message": ..., "field": ...}};
// the HTTP status is decided here and nowhere else.
package api

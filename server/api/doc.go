// Package api is the JSON API under /api/v1: promotions and media uploads,
// for the console and for automation with a bearer token. A handler checks
// the request and makes the change in the store; the store writes the
// change, its audit entry and the events screens must see in one
// transaction, and server/outbox publishes those events in commit order.
// No handler publishes anything itself.
//
// Errors are answered as {"error": {"code": ..., "message": ..., "field": ...}};
// the HTTP status is decided here and nowhere else.
package api

// Package request is what the server keeps about each HTTP request it
// answers: an id that follows the request through every log line written
// with its context, and the request counted by route, status and time.
//
// Middleware wraps the whole server. It takes the caller's X-Request-ID
// if it looks like an id (a proxy in front may have made one) or makes
// one, puts it in the request's context and the response's header, and,
// once the request is answered, counts it under its ServeMux pattern and
// logs it at debug level. LogHandler adds the id to every log record made
// with that context, so a handler's error line names the request it
// failed without passing the id around.
//
// Routes are ServeMux patterns ("GET /api/v1/coupons/{code}"), never
// paths: a path can hold a coupon code, and the pattern is a small fixed
// set that keeps the metrics' labels bounded.
package request

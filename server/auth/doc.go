// Package auth owns staff authentication: password hashing, secrets and
// their hashes, sign-in throttling, and the Principal a request acts as.
// HTTP wiring (cookies, CSRF, roles per endpoint) lives in server/api.
package auth

package api

import (
	"errors"
	"net/http"

	"storecast/server/store"
)

// retryAfter is the Retry-After of a 503: the store's read pool turns over
// many times a second, so a client that waits one is likely served.
const retryAfter = "1"

// storeRefusal answers the store errors that are no fault of the server's
// code, so they are not logged as failures: overload is 503 with
// Retry-After. It reports whether it answered.
func storeRefusal(w http.ResponseWriter, err error) bool {
	switch {
	case errors.Is(err, store.ErrOverloaded):
		w.Header().Set("Retry-After", retryAfter)
		writeError(w, http.StatusServiceUnavailable, "overloaded", "the server is busy; try again in a second")
	default:
		return false
	}
	return true
}

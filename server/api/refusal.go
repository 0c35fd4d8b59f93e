package api

import (
	"errors"
	"fmt"
	"net/http"

	"storecast/app/content"
	"storecast/server/store"
)

// retryAfter is the Retry-After of a 503: the store's read pool turns over
// many times a second, so a client that waits one is likely served.
const retryAfter = "1"

// refuseBusy is 503 with Retry-After: the store's readers, or the gate
// anonymous requests pass, are full for now.
func refuseBusy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", retryAfter)
	writeError(w, http.StatusServiceUnavailable, "overloaded", "the server is busy; try again in a second")
}

// refusal answers the errors that refuse a request rather than fail it, so
// they are not logged as failures: the store overloaded is 503 with
// Retry-After; a search longer than the store takes is 422; a store's
// change to an item head office sent is 409 (it is read-only). It reports
// whether it answered.
func refusal(w http.ResponseWriter, err error) bool {
	switch {
	case errors.Is(err, store.ErrOverloaded):
		refuseBusy(w)
	case errors.Is(err, store.ErrFromHQ):
		writeError(w, http.StatusConflict, "from_hq", store.ErrFromHQ.Error())
	case errors.Is(err, content.ErrQueryTooLong): // store.ErrQueryTooLong wraps it
		writeError(w, http.StatusUnprocessableEntity, "too_long",
			fmt.Sprintf("the search is longer than %d characters", content.MaxQueryRunes))
	default:
		return false
	}
	return true
}

package api

import (
	"net/http"
	"strconv"

	"storecast/app/rest"
	"storecast/server/store"
)

// defaultParityDays is the chart's span when ?days= is not given.
const defaultParityDays = 30

// parityHistory is the count of parity mismatches on each of the last
// ?days= store days (1..366, default 30), for the console's chart.
func (h *Handler) parityHistory(w http.ResponseWriter, r *http.Request) {
	days := defaultParityDays
	if v := r.URL.Query().Get("days"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > store.MaxParityDays {
			writeError(w, http.StatusBadRequest, "bad_request", "days must be a whole number from 1 to "+strconv.Itoa(store.MaxParityDays))
			return
		}
		days = n
	}
	ds, err := h.store.ParityHistory(r.Context(), days)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.ParityHistory{Days: bodies(ds, func(d store.ParityDay) rest.ParityDay {
		return rest.ParityDay{Day: d.Day, Mismatches: d.Mismatches}
	})})
}

package api

import (
	"mime"
	"net/http"
	"strings"

	"storecast/app/content"
	"storecast/app/rest"
)

// callStaff records a shopper's call for help, which alerts staff tools on
// the staff stream (the store emits it with the call). Public, so it insists on a JSON body (a cross-site form
// cannot send one without a CORS preflight, which this server never
// grants) and is rate limited per address.
func (h *Handler) callStaff(w http.ResponseWriter, r *http.Request) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "bad_json", "send Content-Type: application/json")
		return
	}
	var in rest.StaffCallInput
	if !readJSON(w, r, &in) {
		return
	}
	in.Place = strings.TrimSpace(in.Place)
	if content.CheckString("place", in.Place, content.MaxPlaceRunes, false) != nil {
		writeFieldError(w, "place", "must be text of at most 80 characters")
		return
	}
	addr := clientAddr(r)
	switch h.calls.press(addr, h.now()) {
	case callRefused:
		w.Header().Set("Retry-After", "600")
		writeError(w, http.StatusTooManyRequests, "rate_limited", "too many calls from this kiosk; staff have been called already")
		return
	case callOnItsWay:
		writeJSON(w, http.StatusOK, rest.StaffCallAnswer{Status: rest.StaffOnTheWay})
		return
	}
	call, err := h.store.CreateStaffCall(r.Context(), addr, in.Place)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, rest.StaffCallAnswer{Status: rest.StaffCalled, Call: &call})
}

func (h *Handler) listStaffCalls(w http.ResponseWriter, r *http.Request) {
	cs, err := h.store.StaffCalls(r.Context(), 100)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.StaffCallList{Calls: cs})
}

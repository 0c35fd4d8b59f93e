package api

import (
	"errors"
	"net/http"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func (h *Handler) listOverrides(w http.ResponseWriter, r *http.Request) {
	os, err := h.store.ActiveOverrides(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.OverrideList{Overrides: os})
}

// setOverride preempts every targeted screen: stored, then published, like
// every change, under the publish lock.
func (h *Handler) setOverride(w http.ResponseWriter, r *http.Request) {
	var in rest.OverrideInput
	if !readJSON(w, r, &in) {
		return
	}
	now := h.now()
	o := content.Override{Message: in.Message, Severity: in.Severity, Groups: in.Groups}
	switch {
	case in.ExpiresAt != nil:
		o.ExpiresAt = *in.ExpiresAt
	case in.Minutes > 0:
		o.ExpiresAt = now.Add(time.Duration(in.Minutes) * time.Minute)
	default:
		writeFieldError(w, "expires_at", "say when it ends: expires_at, or minutes from now")
		return
	}
	if !valid(w, o.Validate(now)) {
		return
	}
	o, err := h.store.CreateOverride(r.Context(), o)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, o)
}

func (h *Handler) clearOverride(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.ClearOverride(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no active override with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

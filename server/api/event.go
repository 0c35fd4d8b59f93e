package api

import (
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func (h *Handler) listEvents(w http.ResponseWriter, r *http.Request) {
	es, err := h.store.Events(r.Context(), h.now())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.EventList{Events: es})
}

func (h *Handler) createEvent(w http.ResponseWriter, r *http.Request) { h.putEvent(w, r, "") }

func (h *Handler) updateEvent(w http.ResponseWriter, r *http.Request) {
	h.putEvent(w, r, r.PathValue("id"))
}

// putEvent creates (id "") or replaces a store event; kiosks show it at once.
func (h *Handler) putEvent(w http.ResponseWriter, r *http.Request, id string) {
	var in rest.EventInput
	if !readJSON(w, r, &in) {
		return
	}
	e := content.StoreEvent{ID: id, Title: in.Title, Body: in.Body, Place: in.Place, StartsAt: in.StartsAt, EndsAt: in.EndsAt}
	if !valid(w, e.Validate()) {
		return
	}
	e, err := h.store.PutEvent(r.Context(), e)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no event with id "+id)
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	status := http.StatusOK
	if id == "" {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/v1/events/"+e.ID)
	}
	writeJSON(w, status, e)
}

func (h *Handler) deleteEvent(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.DeleteEvent(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no event with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

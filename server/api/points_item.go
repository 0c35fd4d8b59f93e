package api

import (
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// The points catalogue's handlers: editors list, add, change and remove
// the coupon campaigns members get for points at the kiosk.

func (h *Handler) pointsItems(w http.ResponseWriter, r *http.Request) {
	its, err := h.store.PointsItems(r.Context(), false)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.PointsItems{Items: nonNil(its)})
}

func (h *Handler) createPointsItem(w http.ResponseWriter, r *http.Request) {
	h.savePointsItem(w, r, "", http.StatusCreated)
}

func (h *Handler) updatePointsItem(w http.ResponseWriter, r *http.Request) {
	h.savePointsItem(w, r, r.PathValue("id"), http.StatusOK)
}

func (h *Handler) savePointsItem(w http.ResponseWriter, r *http.Request, id string, status int) {
	var in rest.PointsItemInput
	if !readJSON(w, r, &in) {
		return
	}
	it, err := h.store.SavePointsItem(r.Context(), id, in)
	var fe *content.FieldError
	switch {
	case errors.As(err, &fe):
		writeFieldError(w, fe.Field, fe.Message)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no such points item")
	case err != nil:
		h.internal(w, r, err)
	default:
		writeJSON(w, status, it)
	}
}

func (h *Handler) deletePointsItem(w http.ResponseWriter, r *http.Request) {
	err := h.store.DeletePointsItem(r.Context(), r.PathValue("id"))
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no such points item")
	case err != nil:
		h.internal(w, r, err)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// nonNil answers an empty list as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

package api

import (
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func (h *Handler) listCategories(w http.ResponseWriter, r *http.Request) {
	cs, err := h.store.Categories(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.CategoryList{Categories: cs})
}

// putCategory adds or renames a category; kiosks show it at once.
func (h *Handler) putCategory(w http.ResponseWriter, r *http.Request) {
	var in rest.CategoryInput
	if !readJSON(w, r, &in) {
		return
	}
	c := content.Category{ID: r.PathValue("id"), Name: in.Name, Position: in.Position}
	if !valid(w, c.Validate()) {
		return
	}
	if err := h.store.PutCategory(r.Context(), c); err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *Handler) deleteCategory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.DeleteCategory(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no category with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

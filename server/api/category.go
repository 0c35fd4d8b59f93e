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
	c := content.Category{ID: r.PathValue("id"), Name: in.Name, Position: in.Position, Icon: in.Icon}
	if !valid(w, c.Validate()) {
		return
	}
	if err := h.store.PutCategory(r.Context(), c); err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// deleteCategory removes a category nothing uses; one that products or
// promotions still name is refused (409 in_use, saying how many), so no
// product loses its place on the kiosk by surprise.
func (h *Handler) deleteCategory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	err := h.store.DeleteCategory(r.Context(), id)
	var use *store.CategoryInUseError
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no category with id "+id)
	case errors.As(err, &use):
		writeError(w, http.StatusConflict, "in_use", use.Error())
	case refusal(w, err):
	default:
		h.internal(w, r, err)
	}
}

// orderCategories puts every category in the order given; kiosks show the
// new order at once.
func (h *Handler) orderCategories(w http.ResponseWriter, r *http.Request) {
	var in rest.CategoryOrder
	if !readJSON(w, r, &in) {
		return
	}
	cs, err := h.store.ReorderCategories(r.Context(), in.IDs)
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, rest.CategoryList{Categories: cs})
	case errors.Is(err, store.ErrCategoryOrder):
		writeFieldError(w, "ids", store.ErrCategoryOrder.Error())
	case refusal(w, err):
	default:
		h.internal(w, r, err)
	}
}

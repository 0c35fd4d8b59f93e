package api

import (
	"errors"
	"net/http"
	"slices"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func (h *Handler) listPromotions(w http.ResponseWriter, r *http.Request) {
	ps, err := h.store.Promotions(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.PromotionList{Promotions: ps})
}

func (h *Handler) getPromotion(w http.ResponseWriter, r *http.Request) {
	p, err := h.store.Promotion(r.Context(), r.PathValue("id"))
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (h *Handler) createPromotion(w http.ResponseWriter, r *http.Request) {
	p, ok := h.decodePromotion(w, r)
	if !ok {
		return
	}
	p, err := h.store.CreatePromotion(r.Context(), p)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/promotions/"+p.ID)
	writeJSON(w, http.StatusCreated, p)
}

func (h *Handler) updatePromotion(w http.ResponseWriter, r *http.Request) {
	p, ok := h.decodePromotion(w, r)
	if !ok {
		return
	}
	p.ID = r.PathValue("id")
	p, err := h.store.UpdatePromotion(r.Context(), p)
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (h *Handler) deletePromotion(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.DeletePromotion(r.Context(), id); err != nil {
		h.storeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// decodePromotion reads and validates a promotion, answering the client
// itself when it cannot.
func (h *Handler) decodePromotion(w http.ResponseWriter, r *http.Request) (content.Promotion, bool) {
	var in rest.PromotionInput
	if !readJSON(w, r, &in) {
		return content.Promotion{}, false
	}
	if in.Price == nil {
		writeFieldError(w, "price", "is required (in cents, e.g. 1290 for 12.90)")
		return content.Promotion{}, false
	}
	p := content.Promotion{
		Title: in.Title, Body: in.Body, Image: in.Image, Price: *in.Price, WasPrice: in.WasPrice,
		ValidFrom: in.ValidFrom, ValidTo: in.ValidTo, Priority: in.Priority, Category: in.Category,
		Groups: in.Groups, Products: in.Products, StockThreshold: in.StockThreshold,
	}
	if !valid(w, p.Validate()) {
		return content.Promotion{}, false
	}
	if p.Image != "" && !h.media.Exists(p.Image) {
		writeFieldError(w, "image", "no uploaded media at "+p.Image+"; upload it to /api/v1/media first")
		return content.Promotion{}, false
	}
	if p.Category != "" {
		cs, err := h.store.Categories(r.Context())
		if err != nil {
			h.internal(w, r, err)
			return content.Promotion{}, false
		}
		if !slices.ContainsFunc(cs, func(c content.Category) bool { return c.ID == p.Category }) {
			writeFieldError(w, "category", "no category with id "+p.Category+"; add it with PUT /api/v1/categories/"+p.Category+" first")
			return content.Promotion{}, false
		}
	}
	return p, true
}

func (h *Handler) storeError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no promotion with id "+r.PathValue("id"))
		return
	}
	h.internal(w, r, err)
}

func (h *Handler) internal(w http.ResponseWriter, r *http.Request, err error) {
	if refusal(w, err) {
		return
	}
	// The route's pattern, not the path: a path can hold a coupon code.
	h.log.ErrorContext(r.Context(), "api: request failed", "method", r.Method, "route", r.Pattern, "err", err)
	writeError(w, http.StatusInternalServerError, "internal", "the server could not complete the request; it has been logged")
}

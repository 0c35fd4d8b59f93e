package api

import (
	"errors"
	"net/http"
	"strconv"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// Product search limits.
const (
	defaultProductLimit = 10
	maxProductLimit     = 50
)

// kioskProducts is the price check's search: ?q= a name or a barcode
// (digits), or ?barcode=. Public and read-only: kiosks have no token.
func (h *Handler) kioskProducts(w http.ResponseWriter, r *http.Request) {
	qs := r.URL.Query()
	q, code := qs.Get("q"), qs.Get("barcode")
	if len(q) > 4*content.MaxQueryRunes || len(code) > 64 {
		refusal(w, store.ErrQueryTooLong)
		return
	}
	limit := defaultProductLimit
	if s := qs.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxProductLimit {
			writeJSON(w, http.StatusBadRequest, rest.ErrorBody{Error: rest.ErrorDetail{Code: "bad_query", Message: "limit must be between 1 and 50", Field: "limit"}})
			return
		}
		limit = n
	}
	var (
		query content.ProductQuery
		err   error
		field = "q"
	)
	switch {
	case q != "" && code != "":
		writeJSON(w, http.StatusBadRequest, rest.ErrorBody{Error: rest.ErrorDetail{Code: "bad_query", Message: "send q or barcode, not both", Field: "q"}})
		return
	case code != "":
		field = "barcode"
		query.Barcode, err = code, content.CheckBarcode(code)
	default:
		query, err = content.ParseProductQuery(q)
	}
	if err != nil {
		if !refusal(w, err) {
			writeJSON(w, http.StatusBadRequest, rest.ErrorBody{Error: rest.ErrorDetail{Code: "bad_query", Message: err.Error(), Field: field}})
		}
		return
	}
	if query.Barcode != "" {
		p, err := h.store.ProductByBarcode(r.Context(), query.Barcode)
		switch {
		case errors.Is(err, store.ErrNotFound):
			writeJSON(w, http.StatusOK, content.ProductList{Products: []content.Product{}})
		case err != nil:
			h.internal(w, r, err)
		default:
			writeJSON(w, http.StatusOK, content.ProductList{Products: []content.Product{p}, Total: 1})
		}
		return
	}
	list, err := h.store.SearchProducts(r.Context(), query.Text, limit)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

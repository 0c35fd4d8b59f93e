package api

import (
	"errors"
	"net/http"
	"strconv"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// listProducts is the console's product list: ?q= matches as the kiosk's
// search does (name, SKU, barcode, pinyin, pinyin initials); ?offset= and
// ?limit= (at most 100) page through thousands of products.
func (h *Handler) listProducts(w http.ResponseWriter, r *http.Request) {
	qs := r.URL.Query()
	q := qs.Get("q")
	if len(q) > 4*content.MaxQueryRunes {
		refusal(w, store.ErrQueryTooLong)
		return
	}
	offset, ok := queryInt(w, qs.Get("offset"), "offset", 0, 0, 1<<30)
	if !ok {
		return
	}
	limit, ok := queryInt(w, qs.Get("limit"), "limit", 50, 1, store.MaxProductPage)
	if !ok {
		return
	}
	list, err := h.store.ProductPage(r.Context(), q, offset, limit)
	if err != nil {
		if !refusal(w, err) {
			h.internal(w, r, err)
		}
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// queryInt reads a whole number from a query parameter between lo and hi,
// def when it is absent; a bad one is answered 400.
func queryInt(w http.ResponseWriter, s, name string, def, lo, hi int) (int, bool) {
	if s == "" {
		return def, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		badQuery(w, name, name+" must be a whole number between "+strconv.Itoa(lo)+" and "+strconv.Itoa(hi))
		return 0, false
	}
	return n, true
}

func (h *Handler) createProduct(w http.ResponseWriter, r *http.Request) { h.saveProduct(w, r, true) }

func (h *Handler) updateProduct(w http.ResponseWriter, r *http.Request) { h.saveProduct(w, r, false) }

// saveProduct creates a product (the SKU in the body) or replaces one (the
// SKU in the URL). The kiosk's price check finds the change at its next
// search.
func (h *Handler) saveProduct(w http.ResponseWriter, r *http.Request, create bool) {
	var in rest.ProductInput
	if !readJSON(w, r, &in) {
		return
	}
	if in.Price == nil {
		writeFieldError(w, "price", "is required")
		return
	}
	sku := in.SKU
	if !create {
		sku = r.PathValue("sku")
	}
	p := content.Product{SKU: sku, Barcode: in.Barcode, Name: in.Name, Price: *in.Price, Unit: in.Unit,
		Category: in.Category, Aisle: in.Aisle, Image: in.Image}
	if !create && (in.Overridable == nil || in.HQPaused == nil) {
		// An edit that leaves them out (the console's) keeps head office's
		// word on the product rather than clearing it.
		if cur, err := h.store.ProductBySKU(r.Context(), sku); err == nil {
			p.Overridable, p.HQPaused = cur.Overridable, cur.HQPaused
		}
	}
	if in.Overridable != nil {
		p.Overridable = *in.Overridable
	}
	if in.HQPaused != nil {
		p.HQPaused = *in.HQPaused
	}
	if !valid(w, p.Validate()) {
		return
	}
	p, err := h.store.SaveProduct(r.Context(), p, create)
	if err != nil {
		h.productRefused(w, r, err, sku)
		return
	}
	status := http.StatusOK
	if create {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/v1/products/"+p.SKU)
	}
	writeJSON(w, status, p)
}

// productRefused answers why a product was not saved.
func (h *Handler) productRefused(w http.ResponseWriter, r *http.Request, err error, sku string) {
	conflict := func(field, msg string) {
		writeJSON(w, http.StatusConflict, rest.ErrorBody{Error: rest.ErrorDetail{Code: "conflict", Message: msg, Field: field}})
	}
	var hq *store.HQPriceError
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no product with SKU "+sku)
	case errors.Is(err, store.ErrExists):
		conflict("sku", "a product with SKU "+sku+" already exists")
	case errors.Is(err, store.ErrBarcodeTaken):
		conflict("barcode", "another product has this barcode")
	case errors.As(err, &hq):
		writeJSON(w, http.StatusConflict, rest.ErrorBody{Error: rest.ErrorDetail{Code: "hq_price", Message: hq.Error(), Field: "price"}})
	case errors.Is(err, store.ErrUnknownCategory):
		writeFieldError(w, "category", "no category with this id")
	case refusal(w, err):
	default:
		h.internal(w, r, err)
	}
}

func (h *Handler) deleteProduct(w http.ResponseWriter, r *http.Request) {
	sku := r.PathValue("sku")
	if err := h.store.DeleteProduct(r.Context(), sku); err != nil {
		h.productRefused(w, r, err, sku)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

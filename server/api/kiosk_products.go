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

// kioskProducts is the price check's search: ?q= a name, its pinyin
// ("caomei") or pinyin initials ("cm"), part of a barcode, or a whole
// barcode (8 or more digits); ?barcode= a barcode only; ?category= every
// product of a category, for browsing. Public and read-only: kiosks have
// no token.
func (h *Handler) kioskProducts(w http.ResponseWriter, r *http.Request) {
	qs := r.URL.Query()
	q, code, cat := qs.Get("q"), qs.Get("barcode"), qs.Get("category")
	if len(q) > 4*content.MaxQueryRunes || len(code) > 64 || len(cat) > 64 {
		refusal(w, store.ErrQueryTooLong)
		return
	}
	limit := defaultProductLimit
	if s := qs.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxProductLimit {
			badQuery(w, "limit", "limit must be between 1 and 50")
			return
		}
		limit = n
	}
	given := 0
	for _, s := range []string{q, code, cat} {
		if s != "" {
			given++
		}
	}
	if given > 1 {
		badQuery(w, "q", "send one of q, barcode and category")
		return
	}
	if cat != "" {
		if !content.ValidCategoryID(cat) {
			badQuery(w, "category", "category must be a category id")
			return
		}
		h.productList(w, r, func() (content.ProductList, error) { return h.store.ProductsInCategory(r.Context(), cat, limit) })
		return
	}
	var (
		query content.ProductQuery
		err   error
		field = "q"
	)
	if code != "" {
		field = "barcode"
		query.Barcode, err = code, content.CheckBarcode(code)
	} else {
		query, err = content.ParseProductQuery(q)
	}
	if err != nil {
		if !refusal(w, err) {
			badQuery(w, field, err.Error())
		}
		return
	}
	if query.Barcode != "" {
		h.productByBarcode(w, r, query.Barcode)
		return
	}
	h.productList(w, r, func() (content.ProductList, error) {
		list, err := h.store.SearchProducts(r.Context(), query.Text, limit)
		if err == nil && list.Total == 0 {
			h.missed(r, query.Text)
		}
		return list, err
	})
}

// missed counts a search that found nothing, by its normalised text only.
// A failure to count is logged: the shopper still gets the answer.
func (h *Handler) missed(r *http.Request, query string) {
	if err := h.store.RecordMissedSearch(r.Context(), query); err != nil {
		h.log.WarnContext(r.Context(), "api: missed search not counted", "err", err)
	}
}

// forKiosk marks the products whose online price the kiosk may call the
// same (known, sent within the parity age, and equal to the price in
// store) and leaves out what the public price check has no business
// showing: stock and the channels' prices.
func (h *Handler) forKiosk(ps []content.Product) {
	now := h.now()
	for i := range ps {
		p := &ps[i]
		p.SameOnline = p.OnlinePrice != nil && *p.OnlinePrice == p.Price &&
			p.OnlineAt != nil && now.Sub(*p.OnlineAt) <= h.parityAge
		p.Stock, p.OnlinePrice, p.OnlineAt, p.DeliveryPrice, p.DeliveryAt = nil, nil, nil, nil, nil
	}
}

func (h *Handler) productByBarcode(w http.ResponseWriter, r *http.Request, code string) {
	p, err := h.store.ProductByBarcode(r.Context(), code)
	switch {
	case errors.Is(err, store.ErrNotFound):
		h.missed(r, code)
		writeJSON(w, http.StatusOK, content.ProductList{Products: []content.Product{}})
	case err != nil:
		h.internal(w, r, err)
	default:
		ps := []content.Product{p}
		h.forKiosk(ps)
		writeJSON(w, http.StatusOK, content.ProductList{Products: ps, Total: 1})
	}
}

func (h *Handler) productList(w http.ResponseWriter, r *http.Request, find func() (content.ProductList, error)) {
	list, err := find()
	if err != nil {
		h.internal(w, r, err)
		return
	}
	h.forKiosk(list.Products)
	writeJSON(w, http.StatusOK, list)
}

func badQuery(w http.ResponseWriter, field, msg string) {
	writeJSON(w, http.StatusBadRequest, rest.ErrorBody{Error: rest.ErrorDetail{Code: "bad_query", Message: msg, Field: field}})
}

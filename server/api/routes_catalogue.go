package api

import (
	"storecast/app/rest"
)

// registerCatalogue adds the catalogue feed, which a token of the
// catalogue scope may call, and what editors read of it: price history,
// price parity between channels, the price check's missed searches, and
// printable shelf labels.
func (h *Handler) registerCatalogue(mux Mux) {
	const editor = rest.RoleEditor
	mux.Handle("POST /api/v1/catalogue/batches", h.allowScope(rest.ScopeCatalogue, h.postCatalogueBatch, editor))
	mux.Handle("GET /api/v1/products/{sku}/prices", h.allow(h.productPrices, editor))
	mux.Handle("GET /api/v1/parity", h.allow(h.parity, editor))
	mux.Handle("GET /api/v1/parity/history", h.allow(h.parityHistory, editor))
	mux.Handle("GET /api/v1/reports/missed-searches", h.allow(h.missedSearches, editor))
	mux.Handle("GET /labels", h.allow(h.labels, editor))
}

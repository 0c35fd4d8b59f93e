package api

import (
	"storecast/app/rest"
)

// registerCatalogue adds the catalogue feed, which a token of the
// catalogue scope may call, and what editors read of it: price history,
// price parity between channels, the price check's missed searches,
// printable shelf labels, and the markdowns suggested for lots near their
// best-before date.
func (h *Handler) registerCatalogue(mux Mux) {
	const editor = rest.RoleEditor
	mux.Handle("POST /api/v1/catalogue/batches", h.allowScope(rest.ScopeCatalogue, h.postCatalogueBatch, editor))
	mux.Handle("GET /api/v1/products/{sku}/prices", h.allow(h.productPrices, editor))
	mux.Handle("GET /api/v1/parity", h.allow(h.parity, editor))
	mux.Handle("GET /api/v1/parity/history", h.allow(h.parityHistory, editor))
	mux.Handle("GET /api/v1/reports/missed-searches", h.allow(h.missedSearches, editor))
	mux.Handle("GET /labels", h.allow(h.labels, editor))
	mux.Handle("GET /api/v1/markdowns", h.allow(h.markdowns, editor))
	mux.Handle("POST /api/v1/markdowns/{sku}/{best_before}/approve", h.allow(h.approveMarkdown, editor))
	mux.Handle("POST /api/v1/markdowns/{sku}/{best_before}/dismiss", h.allow(h.dismissMarkdown, editor))
}

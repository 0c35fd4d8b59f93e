package api

// registerChain adds where this server stands in a chain (any signed-in
// staff), and at head office its stores and their reports (editors).
func (h *Handler) registerChain(mux Mux) {
	mux.Handle("GET /api/v1/chain", h.allow(h.chainInfo))
	mux.Handle("GET /api/v1/chain/stores", h.auth(h.chainStores))
	mux.Handle("GET /api/v1/chain/report", h.auth(h.chainReport))
}

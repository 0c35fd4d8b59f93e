package api

import "net/http"

// Mux is what Register adds the routes to: an *http.ServeMux, or a
// test's recorder that lists them (every route is registered here, so
// a test can walk the whole table).
type Mux interface {
	Handle(pattern string, handler http.Handler)
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
}

// Register adds every API route to mux.
func (h *Handler) Register(mux Mux) {
	mux.Handle("GET /api/v1/promotions", h.auth(h.listPromotions))
	mux.Handle("POST /api/v1/promotions", h.auth(h.createPromotion))
	mux.Handle("GET /api/v1/promotions/{id}", h.auth(h.getPromotion))
	mux.Handle("PUT /api/v1/promotions/{id}", h.auth(h.updatePromotion))
	mux.Handle("DELETE /api/v1/promotions/{id}", h.auth(h.deletePromotion))
	mux.Handle("POST /api/v1/media", h.auth(h.uploadMedia))
	h.registerStaff(mux)
	h.registerCoupons(mux)
	h.registerSignage(mux)
	h.registerKiosk(mux)
	h.registerChain(mux)
	h.registerAlerts(mux)
	h.registerPoints(mux)
	h.registerCatalogue(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such API endpoint: "+r.Method+" "+r.URL.Path)
	})
}

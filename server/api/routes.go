package api

import "net/http"

// Register adds every API route to mux.
func (h *Handler) Register(mux *http.ServeMux) {
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
	h.registerAlerts(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such API endpoint: "+r.Method+" "+r.URL.Path)
	})
}

package api

import (
	"storecast/app/rest"
)

// registerKiosk adds the kiosk's public endpoints (no token: kiosks are
// anonymous screens; both are read-only or rate limited) and the staff
// endpoints for what kiosks show: products, categories, store events and
// shoppers' calls for staff.
func (h *Handler) registerKiosk(mux Mux) {
	const admin, editor, cashier = rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier
	mux.HandleFunc("GET /api/v1/kiosk/products", h.anonymous(h.kioskProducts))
	mux.HandleFunc("POST /api/v1/kiosk/staff-calls", h.anonymous(h.callStaff))

	mux.Handle("POST /api/v1/products/import", h.allow(h.importProducts, editor))
	mux.Handle("GET /api/v1/products/export", h.allow(h.exportProducts, editor))
	mux.Handle("GET /api/v1/products", h.allow(h.listProducts, editor))
	mux.Handle("POST /api/v1/products", h.allow(h.createProduct, editor))
	mux.Handle("PUT /api/v1/products/{sku}", h.allow(h.updateProduct, editor))
	mux.Handle("DELETE /api/v1/products/{sku}", h.allow(h.deleteProduct, editor))
	mux.Handle("GET /api/v1/staff-calls", h.allow(h.listStaffCalls, admin, editor, cashier))
	mux.Handle("POST /api/v1/staff-calls/{id}/answer", h.allow(h.answerStaffCall, admin, editor, cashier))

	mux.Handle("GET /api/v1/categories", h.allow(h.listCategories, editor))
	mux.Handle("PUT /api/v1/categories/{id}", h.allow(h.putCategory, editor))
	mux.Handle("DELETE /api/v1/categories/{id}", h.allow(h.deleteCategory, editor))
	mux.Handle("POST /api/v1/categories/order", h.allow(h.orderCategories, editor))

	mux.Handle("GET /api/v1/events", h.allow(h.listEvents, editor))
	mux.Handle("POST /api/v1/events", h.allow(h.createEvent, editor))
	mux.Handle("PUT /api/v1/events/{id}", h.allow(h.updateEvent, editor))
	mux.Handle("DELETE /api/v1/events/{id}", h.allow(h.deleteEvent, editor))
}

package api

import "storecast/app/rest"

// registerAlerts adds the alert rules, webhooks and the delivery log, all
// an admin's: a webhook's URL and secret reach outside the store.
func (h *Handler) registerAlerts(mux Mux) {
	const admin = rest.RoleAdmin
	mux.Handle("GET /api/v1/alerts/rules", h.allow(h.alertRules, admin))
	mux.Handle("PUT /api/v1/alerts/rules", h.allow(h.setAlertRules, admin))
	mux.Handle("GET /api/v1/alerts/webhooks", h.allow(h.listWebhooks, admin))
	mux.Handle("POST /api/v1/alerts/webhooks", h.allow(h.addWebhook, admin))
	mux.Handle("DELETE /api/v1/alerts/webhooks/{id}", h.allow(h.deleteWebhook, admin))
	mux.Handle("POST /api/v1/alerts/webhooks/{id}/test", h.allow(h.testWebhook, admin))
	mux.Handle("GET /api/v1/alerts/deliveries", h.allow(h.listDeliveries, admin))
}

package api

import (
	"storecast/app/rest"
)

// registerStaff adds sign-in, accounts, tokens, screens and their
// enrolment links, the brand, overrides and the audit log. Roles: admins run users and screens; editors run content and
// overrides; every signed-in role manages its own password and tokens.
func (h *Handler) registerStaff(mux Mux) {
	const admin, editor, cashier = rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier
	mux.HandleFunc("POST /api/v1/auth/login", h.login)
	mux.HandleFunc("POST /api/v1/auth/logout", h.logout)
	mux.HandleFunc("GET /api/v1/auth/setup", h.setupStatus)
	mux.HandleFunc("POST /api/v1/auth/setup", h.setup)
	mux.Handle("GET /api/v1/auth/me", h.allow(h.whoami, admin, editor, cashier))
	mux.Handle("POST /api/v1/auth/password", h.allow(h.changePassword, admin, editor, cashier))

	mux.Handle("GET /api/v1/tokens", h.allow(h.listTokens, admin, editor, cashier))
	mux.Handle("POST /api/v1/tokens", h.allow(h.createToken, admin, editor, cashier))
	mux.Handle("DELETE /api/v1/tokens/{id}", h.allow(h.revokeToken, admin, editor, cashier))

	mux.Handle("GET /api/v1/users", h.allow(h.listUsers, admin))
	mux.Handle("POST /api/v1/users", h.allow(h.addUser, admin))
	mux.Handle("DELETE /api/v1/users/{id}", h.allow(h.deleteUser, admin))
	mux.Handle("GET /api/v1/audit", h.allow(h.auditLog, admin))

	mux.Handle("GET /api/v1/screens", h.allow(h.fleetView, admin, editor))
	mux.Handle("POST /api/v1/screens", h.allow(h.pairScreen, admin))
	mux.Handle("PUT /api/v1/screens/{id}", h.allow(h.updateScreen, admin))
	mux.Handle("DELETE /api/v1/screens/{id}", h.allow(h.revokeScreen, admin))
	mux.Handle("POST /api/v1/screens/{id}/commands", h.allow(h.commandScreen, admin))
	mux.Handle("GET /api/v1/screens/state", h.allow(h.screenState, admin, editor))
	mux.Handle("GET /api/v1/power", h.allow(h.getPower, admin, editor))
	mux.Handle("PUT /api/v1/power", h.allow(h.setPower, admin))
	// Every role reads the brand: the console's header shows it.
	mux.Handle("GET /api/v1/brand", h.allow(h.getBrand, admin, editor, cashier))
	mux.Handle("PUT /api/v1/brand", h.allow(h.setBrand, admin))
	mux.Handle("POST /api/v1/brand/logo", h.allow(h.uploadLogo, admin))
	mux.Handle("GET /api/v1/enrolment-links", h.allow(h.listEnrolmentLinks, admin))
	mux.Handle("POST /api/v1/enrolment-links", h.allow(h.createEnrolmentLink, admin))
	mux.Handle("DELETE /api/v1/enrolment-links/{id}", h.allow(h.revokeEnrolmentLink, admin))

	mux.Handle("GET /api/v1/overrides", h.allow(h.listOverrides, admin, editor))
	mux.Handle("POST /api/v1/overrides", h.allow(h.setOverride, editor))
	mux.Handle("DELETE /api/v1/overrides/{id}", h.allow(h.clearOverride, editor))
}

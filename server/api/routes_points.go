package api

import "storecast/app/rest"

// registerPoints adds members and points: tills (cashiers, or tokens
// with the points scope) join, earn, spend, reverse and look members up
// by their member code; editors set the earning rules. The consent
// notice is public: a shopper reads it before joining; so is trading a
// member's card for their code, which only the card's holder can.
func (h *Handler) registerPoints(mux Mux) {
	const editor, cashier, scope = rest.RoleEditor, rest.RoleCashier, rest.ScopePoints
	mux.HandleFunc("GET /api/v1/points/consent", h.anonymous(h.pointsConsent))
	mux.HandleFunc("POST /api/v1/points/card/code", h.anonymous(h.cardCode))
	mux.Handle("POST /api/v1/points/members", h.scoped(h.joinPoints, scope, cashier))
	mux.Handle("GET /api/v1/points/members/{code}", h.scoped(h.pointsMember, scope, cashier))
	mux.Handle("GET /api/v1/points/members/{code}/entries", h.scoped(h.pointsHistory, scope, cashier))
	mux.Handle("GET /api/v1/points/members/{code}/export", h.scoped(h.pointsExport, scope, cashier))
	mux.Handle("DELETE /api/v1/points/members/{code}", h.scoped(h.deleteMember, scope, cashier))
	mux.Handle("POST /api/v1/points/earns", h.scoped(h.earnPoints, scope, cashier))
	mux.Handle("POST /api/v1/points/spends", h.scoped(h.spendPoints, scope, cashier))
	mux.Handle("POST /api/v1/points/reversals", h.scoped(h.reversePoints, scope, cashier))
	mux.Handle("GET /api/v1/points/rules", h.scoped(h.pointsRules, scope, cashier, editor))
	mux.Handle("PUT /api/v1/points/rules", h.allow(h.setPointsRules, editor))
}

package api

import "storecast/app/rest"

// registerPoints adds members and points: tills (cashiers, or tokens
// with the points scope) join, earn, spend, reverse and look members up
// by their member code; editors set the earning rules. The consent
// notice is public: a shopper reads it before joining; so are joining
// from one's own phone (without a number) and what the card's holder,
// and only they, can do with it (points_card.go).
// Editors keep the points catalogue; kiosks show it to a member and
// exchange their points for its coupons.
func (h *Handler) registerPoints(mux Mux) {
	const editor, cashier, scope = rest.RoleEditor, rest.RoleCashier, rest.ScopePoints
	mux.HandleFunc("GET /api/v1/points/consent", h.anonymous(h.pointsConsent))
	mux.HandleFunc("POST /api/v1/points/card/code", h.anonymous(h.cardCode))
	mux.HandleFunc("POST /api/v1/points/join", h.anonymous(h.selfJoin))
	mux.HandleFunc("POST /api/v1/points/card/entries", h.anonymous(h.cardEntries))
	mux.HandleFunc("POST /api/v1/points/card/export", h.anonymous(h.cardExport))
	mux.HandleFunc("POST /api/v1/points/card/delete", h.anonymous(h.cardDelete))
	mux.HandleFunc("GET /api/v1/points/codes/{code}/qr.png", h.anonymous(h.memberQR))
	mux.Handle("POST /api/v1/points/members", h.allowScope(scope, h.joinPoints, cashier))
	mux.Handle("GET /api/v1/points/members/{code}", h.allowScope(scope, h.pointsMember, cashier, editor))
	mux.Handle("GET /api/v1/points/members/{code}/entries", h.allowScope(scope, h.pointsHistory, cashier, editor))
	mux.Handle("GET /api/v1/points/members/{code}/export", h.allowScope(scope, h.pointsExport, cashier))
	mux.Handle("DELETE /api/v1/points/members/{code}", h.allowScope(scope, h.deleteMember, cashier, editor))
	mux.Handle("POST /api/v1/points/earns", h.allowScope(scope, h.earnPoints, cashier))
	mux.Handle("POST /api/v1/points/spends", h.allowScope(scope, h.spendPoints, cashier))
	mux.Handle("POST /api/v1/points/reversals", h.allowScope(scope, h.reversePoints, cashier))
	mux.Handle("GET /api/v1/points/rules", h.allowScope(scope, h.pointsRules, cashier, editor))
	mux.Handle("PUT /api/v1/points/rules", h.allow(h.setPointsRules, editor))
	mux.Handle("GET /api/v1/points/items", h.allow(h.pointsItems, editor))
	mux.Handle("POST /api/v1/points/items", h.allow(h.createPointsItem, editor))
	mux.Handle("PUT /api/v1/points/items/{id}", h.allow(h.updatePointsItem, editor))
	mux.Handle("DELETE /api/v1/points/items/{id}", h.allow(h.deletePointsItem, editor))
	// Partner merchants (积分通兑): editors keep them; tills exchange
	// with them and spend our points on their items.
	mux.Handle("GET /api/v1/points/partners", h.allow(h.pointsPartners, editor))
	mux.Handle("PUT /api/v1/points/partners/{id}", h.allow(h.putPointsPartner, editor))
	mux.Handle("DELETE /api/v1/points/partners/{id}", h.allow(h.disablePointsPartner, editor))
	mux.Handle("POST /api/v1/points/partner-exchanges", h.allowScope(scope, h.exchangePartnerPoints, cashier))
	mux.Handle("POST /api/v1/points/partner-spends", h.allowScope(scope, h.spendAtPartner, cashier))
	mux.Handle("GET /api/v1/points/settlement", h.allow(h.pointsSettlement, editor))
	// The kiosk's "My points", as its coupon claims: a paired kiosk's
	// device token, or an unpaired one's install id.
	mux.HandleFunc("GET /api/v1/kiosk/points/members/{code}", h.anonymous(h.kioskMember))
	mux.HandleFunc("POST /api/v1/kiosk/points/exchanges", h.anonymous(h.exchangePoints))
	// A kiosk without a scanner links the member's phone (kiosk_link.go).
	mux.HandleFunc("POST /api/v1/kiosk/points/links", h.anonymous(h.openLink))
	mux.HandleFunc("GET /api/v1/kiosk/points/links/{id}", h.anonymous(h.pollLink))
	mux.HandleFunc("GET /api/v1/kiosk/points/links/{id}/qr.png", h.anonymous(h.linkQR))
	mux.HandleFunc("POST /api/v1/points/card/links/{id}", h.anonymous(h.confirmLink))
}

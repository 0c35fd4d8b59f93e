package api

import (
	"storecast/app/rest"
)

// registerCoupons adds campaigns (editors), claims (kiosks), the coupon page's
// data and QR code (anyone with the code) and redemption (cashiers).
func (h *Handler) registerCoupons(mux Mux) {
	const editor, cashier = rest.RoleEditor, rest.RoleCashier
	mux.Handle("GET /api/v1/campaigns", h.allow(h.listCampaigns, editor))
	mux.Handle("POST /api/v1/campaigns", h.allow(h.createCampaign, editor))
	mux.Handle("PUT /api/v1/campaigns/{id}", h.allow(h.updateCampaign, editor))
	mux.Handle("GET /api/v1/campaigns/{id}", h.allow(h.campaignReport, editor))
	mux.HandleFunc("POST /api/v1/kiosk/claims", h.anonymous(h.claimCoupon))
	mux.HandleFunc("GET /api/v1/coupons/{code}", h.anonymous(h.getCoupon))
	mux.HandleFunc("GET /c/{code}/qr.png", h.anonymous(h.couponQR))
	mux.Handle("POST /api/v1/redemptions", h.allow(h.redeem, cashier))
	mux.Handle("GET /api/v1/redemptions", h.allow(h.myRedemptions, cashier))
}

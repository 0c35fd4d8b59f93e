package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/coupon"
	"storecast/server/store"
)

// ChainCoupons is head office as a store in a chain reaches it: the one
// place a chain campaign's coupons (CH- codes) are claimed, looked up and
// redeemed, so each redeems once across the chain. server/chain's Member
// implements it. Refusals come back as the store's own errors
// (store.ErrSoldOut, coupon.ErrInvalid, …).
type ChainCoupons interface {
	Claim(ctx context.Context, campaign, device string) (content.Coupon, error)
	Coupon(ctx context.Context, code string) (content.Coupon, error)
	Redeem(ctx context.Context, code, cashier string) (content.Coupon, bool, error)
	// Unreachable reports whether err means head office did not answer:
	// nothing was claimed or redeemed.
	Unreachable(err error) bool
}

// redeemChain redeems a chain coupon at head office. When head office
// cannot be reached the till says so and gives nothing: redeeming here
// alone could redeem the coupon twice in two stores, and the coupon stays
// valid for the next try.
func (h *Handler) redeemChain(w http.ResponseWriter, r *http.Request, typed string) {
	code, ok := coupon.ChainCode(typed)
	if !ok || h.chain == nil {
		writeJSON(w, http.StatusOK, rest.Redemption{Outcome: rest.OutcomeInvalid})
		return
	}
	cp, redeemed, err := h.chain.Redeem(r.Context(), code, principalOf(r).Actor())
	switch {
	case errors.Is(err, store.ErrNotFound), errors.Is(err, coupon.ErrInvalid):
		writeJSON(w, http.StatusOK, rest.Redemption{Outcome: rest.OutcomeInvalid})
		return
	case err != nil && h.chain.Unreachable(err):
		h.log.Warn("api: a chain coupon at the till, head office unreachable", slog.Any("err", err))
		writeJSON(w, http.StatusOK, rest.Redemption{Outcome: rest.OutcomeUnreachable})
		return
	case err != nil:
		h.internal(w, r, err)
		return
	}
	cp.Code, cp.URL = code, h.couponURL(code)
	writeJSON(w, http.StatusOK, rest.Redemption{Coupon: &cp, Outcome: outcomeOf(redeemed, cp)})
}

// getChainCoupon is a chain coupon's page on the shopper's phone, as head
// office holds it.
func (h *Handler) getChainCoupon(w http.ResponseWriter, r *http.Request) {
	code, ok := coupon.ChainCode(r.PathValue("code"))
	if !ok || h.chain == nil {
		writeError(w, http.StatusNotFound, "invalid_code", "this is not a valid coupon code")
		return
	}
	cp, err := h.chain.Coupon(r.Context(), code)
	switch {
	case errors.Is(err, store.ErrNotFound), errors.Is(err, coupon.ErrInvalid):
		writeError(w, http.StatusNotFound, "invalid_code", "this is not a valid coupon code")
		return
	case err != nil && h.chain.Unreachable(err):
		h.hqUnreachable(w, err, "chain coupons")
		return
	case err != nil:
		h.internal(w, r, err)
		return
	}
	cp.Code, cp.URL = code, h.couponURL(code)
	cp.RedeemedBy = ""
	writeJSON(w, http.StatusOK, cp)
}

// hqUnreachable answers 503: head office, which alone holds what (chain
// coupons, the chain's points), did not answer; a try in a while may be
// served.
func (h *Handler) hqUnreachable(w http.ResponseWriter, err error, what string) {
	h.log.Warn("api: head office unreachable", slog.Any("err", err))
	w.Header().Set("Retry-After", "30")
	writeError(w, http.StatusServiceUnavailable, "hq_unreachable", "head office cannot be reached; "+what+" need it; try again in a minute")
}

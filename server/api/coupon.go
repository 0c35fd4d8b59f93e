package api

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/coupon"
	"storecast/server/store"
)

// claimant counts a claim from the screen asking, at most 30 a minute
// per address, and returns the device it claims for (see claimDevice),
// answering the client itself when it may not claim.
func (h *Handler) claimant(w http.ResponseWriter, r *http.Request, install string) (string, bool) {
	addr := clientAddr(r)
	if locked, _ := h.claims.Locked(addr); locked {
		writeError(w, http.StatusTooManyRequests, "throttled", "too many claims from this screen; wait a minute")
		return "", false
	}
	h.claims.Fail(addr) // counts attempts, not failures
	return h.claimDevice(w, r, install)
}

// claimCoupon issues a coupon to the kiosk asking. A paired kiosk is known
// by its device token; an anonymous one by the install id its page keeps.
// Nothing about the shopper is asked for or stored.
func (h *Handler) claimCoupon(w http.ResponseWriter, r *http.Request) {
	var in rest.ClaimInput
	if !readJSON(w, r, &in) {
		return
	}
	device, ok := h.claimant(w, r, in.Install)
	if !ok {
		return
	}
	cp, err := h.claim(r.Context(), in.Campaign, device)
	if err != nil {
		h.claimError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, rest.Claimed{Coupon: cp, QR: "/c/" + cp.Code + "/qr.png"})
}

// claim issues device one coupon of campaign, with its code and URL: the
// store's own, or head office's for a chain campaign.
func (h *Handler) claim(ctx context.Context, campaign, device string) (content.Coupon, error) {
	var cp content.Coupon
	var serial uint32
	var err error
	for range 5 { // a random serial collides once in a great while: draw again
		serial = coupon.RandomSerial()
		if cp, err = h.store.Claim(ctx, campaign, device, serial); !errors.Is(err, store.ErrSerialTaken) {
			break
		}
	}
	if err == nil {
		cp.Code = h.codec.Code(serial)
	} else if errors.Is(err, store.ErrFromHQ) && h.chain != nil {
		// A chain campaign: head office holds its one count and mints its
		// code; the store's copy only shows it.
		cp, err = h.chain.Claim(ctx, campaign, device)
	}
	if err != nil {
		return content.Coupon{}, err
	}
	cp.URL = h.couponURL(cp.Code)
	return cp, nil
}

// claimError answers a claim's refusal.
func (h *Handler) claimError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeFieldError(w, "campaign", "no such offer")
	case errors.Is(err, store.ErrEnded):
		writeError(w, http.StatusConflict, "ended", "this offer has ended")
	case errors.Is(err, store.ErrNotClaimable):
		writeError(w, http.StatusConflict, "not_claimable", store.ErrNotClaimable.Error())
	case errors.Is(err, store.ErrSoldOut):
		writeError(w, http.StatusConflict, "sold_out", store.ErrSoldOut.Error())
	case errors.Is(err, store.ErrDeviceLimit):
		writeError(w, http.StatusConflict, "device_limit", store.ErrDeviceLimit.Error())
	case errors.Is(err, store.ErrFromHQ), errors.Is(err, coupon.ErrInvalid):
		writeFieldError(w, "campaign", "no such offer") // a chain campaign, and the store is in no chain
	case h.chain != nil && h.chain.Unreachable(err):
		h.hqUnreachable(w, err, "chain coupons")
	default:
		h.internal(w, r, err)
	}
}

func (h *Handler) couponURL(code string) string { return h.publicURL + "/c/" + code }

// getCoupon is what the shopper's phone shows. An altered code is refused
// before the database is asked.
func (h *Handler) getCoupon(w http.ResponseWriter, r *http.Request) {
	if coupon.IsChainCode(r.PathValue("code")) {
		h.getChainCoupon(w, r)
		return
	}
	serial, code, err := h.codec.Parse(r.PathValue("code"))
	if err != nil {
		writeError(w, http.StatusNotFound, "invalid_code", "this is not a valid coupon code")
		return
	}
	cp, err := h.store.Coupon(r.Context(), serial)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "invalid_code", "this is not a valid coupon code")
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	cp.Code, cp.URL = code, h.couponURL(code)
	cp.RedeemedBy = "" // the phone needs to know when, not which cashier
	writeJSON(w, http.StatusOK, cp)
}

// couponQR draws the QR code of a coupon's URL.
func (h *Handler) couponQR(w http.ResponseWriter, r *http.Request) {
	_, code, err := h.codec.Parse(r.PathValue("code"))
	if cc, ok := coupon.ChainCode(r.PathValue("code")); ok && h.chain != nil {
		code, err = cc, nil // its MAC is head office's to check; the QR only carries the link
	}
	if err != nil {
		http.NotFound(w, r)
		return
	}
	png, err := h.qrs.PNG(h.couponURL(code))
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(png)
}

// redeem is the cashier's till: exactly one of any number of attempts at a
// code succeeds.
func (h *Handler) redeem(w http.ResponseWriter, r *http.Request) {
	var in rest.RedeemInput
	if !readJSON(w, r, &in) {
		return
	}
	// A scanner reading the phone's QR types the whole coupon URL.
	if i := strings.LastIndex(in.Code, "/c/"); i >= 0 {
		in.Code = in.Code[i+len("/c/"):]
	}
	if coupon.IsChainCode(in.Code) {
		h.redeemChain(w, r, in.Code)
		return
	}
	serial, code, err := h.codec.Parse(in.Code)
	if err != nil {
		writeJSON(w, http.StatusOK, rest.Redemption{Outcome: rest.OutcomeInvalid})
		return
	}
	cp, ok, err := h.store.Redeem(r.Context(), serial, principalOf(r).Actor())
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusOK, rest.Redemption{Outcome: rest.OutcomeInvalid})
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	cp.Code, cp.URL = code, h.couponURL(code)
	writeJSON(w, http.StatusOK, rest.Redemption{Coupon: &cp, Outcome: outcomeOf(ok, cp)})
}

// outcomeOf is what the till says of one try at a coupon.
func outcomeOf(redeemed bool, cp content.Coupon) string {
	switch {
	case redeemed:
		return rest.OutcomeRedeemed
	case cp.Status == content.CouponRedeemed:
		return rest.OutcomeAlreadyRedeemed
	case cp.Status == content.CouponExpired:
		return rest.OutcomeExpired
	default:
		return rest.OutcomeVoid
	}
}

// myRedemptions lists what the signed-in cashier redeemed.
func (h *Handler) myRedemptions(w http.ResponseWriter, r *http.Request) {
	serials, err := h.store.Redemptions(r.Context(), principalOf(r).Actor(), 100)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	out := make([]content.Coupon, 0, len(serials))
	for _, s := range serials {
		cp, err := h.store.Coupon(r.Context(), s)
		if err != nil {
			continue
		}
		cp.Code = h.codec.Code(s)
		out = append(out, cp)
	}
	writeJSON(w, http.StatusOK, rest.RedemptionList{Redemptions: out})
}

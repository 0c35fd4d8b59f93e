package chain

import (
	"context"
	"errors"
	"fmt"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
)

// ErrHQUnreachable is a chain coupon's claim or redemption when head
// office does not answer in time: nothing was claimed or redeemed (or, if
// head office did it and its answer was lost, the shopper's next try says
// so). A store's own campaigns do not need head office.
var ErrHQUnreachable = errors.New("head office cannot be reached; chain coupons need it")

// refusals maps head office's refusals onto the errors a store's own
// campaign gives, so the till and the kiosk word both alike.
var refusals = map[string]error{
	"not_found":     store.ErrNotFound,
	"ended":         store.ErrEnded,
	"not_claimable": store.ErrNotClaimable,
	"sold_out":      store.ErrSoldOut,
	"device_limit":  store.ErrDeviceLimit,
	"invalid":       coupon.ErrInvalid,
}

// refusalOf is the name of err among refusals, "" for none.
func refusalOf(err error) string {
	for name, r := range refusals {
		if errors.Is(err, r) {
			return name
		}
	}
	return ""
}

// ask sends a request to head office and decodes its answer.
func (m *Member) ask(ctx context.Context, subject string, req any) (content.ChainCouponReply, error) {
	var reply content.ChainCouponReply
	if err := m.request(ctx, subject, req, &reply); err != nil {
		return reply, err
	}
	if reply.Refused != "" {
		if r, ok := refusals[reply.Refused]; ok {
			return reply, r
		}
		return reply, fmt.Errorf("chain: head office refused: %s", reply.Refused)
	}
	if reply.Coupon == nil {
		return reply, errors.New("chain: head office answered without a coupon")
	}
	return reply, nil
}

// Claim asks head office for a coupon of its campaign for device (the
// kiosk's, as the store knows it). The coupon's Code is a chain code.
func (m *Member) Claim(ctx context.Context, campaign, device string) (content.Coupon, error) {
	r, err := m.ask(ctx, claimSubject, content.ChainClaim{Store: m.cfg.ID, Campaign: campaign, Device: device})
	if err != nil {
		return content.Coupon{}, err
	}
	return *r.Coupon, nil
}

// Redeem redeems a chain code at head office for this store's cashier:
// redeemed is true for exactly one of any number of tries at one code,
// across every store.
func (m *Member) Redeem(ctx context.Context, code, cashier string) (cp content.Coupon, redeemed bool, err error) {
	r, err := m.ask(ctx, redeemSubject, content.ChainRedeem{Store: m.cfg.ID, Code: code, Cashier: cashier})
	if err != nil {
		return content.Coupon{}, false, err
	}
	return *r.Coupon, r.Redeemed, nil
}

// Coupon is a chain coupon as it stands at head office.
func (m *Member) Coupon(ctx context.Context, code string) (content.Coupon, error) {
	r, err := m.ask(ctx, couponSubject, content.ChainCouponQuery{Code: code})
	if err != nil {
		return content.Coupon{}, err
	}
	return *r.Coupon, nil
}

// Unreachable reports whether err is head office not answering (for the
// till and the kiosk: nothing was claimed or redeemed).
func (m *Member) Unreachable(err error) bool { return errors.Is(err, ErrHQUnreachable) }

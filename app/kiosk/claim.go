package kiosk

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// claimState is the coupon the shopper is getting, or got, or why not. It
// lives in memory only: leaving the coupon screen and the idle reset drop
// it, so nothing of it is left for the next shopper.
type claimState struct {
	campaign string
	busy     bool
	coupon   *content.Coupon
	qr       string // path of the coupon's QR image
	errID    string // message id of why there is no coupon; "" for none
	retry    bool   // the problem may pass: offer "Try again"
	seq      int    // answers to older claims are dropped
}

// Browser storage of the screen itself (the idle reset keeps these).
const (
	installKey = ScreenKeyPrefix + "install" // an unpaired kiosk's id for the per-device limit
	deviceKey  = ScreenKeyPrefix + "device"  // a paired kiosk's device token, kept by the live feed
)

// getCoupon claims a coupon of campaign id and shows it.
func (p *Page) getCoupon(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { p.claimCoupon(ctx, id) }
}

// claimCoupon opens the coupon screen and asks the server for a coupon; the
// answer is shown and, in voice mode, read.
func (p *Page) claimCoupon(ctx app.Context, id string) {
	seq := p.claim.seq + 1
	p.claim = claimState{campaign: id, busy: true, seq: seq}
	if p.route.Screen != Coupon {
		r := p.route.To(Coupon)
		r.ID = id
		if p.route.Screen == Offer {
			r.Cat, r.Promo = p.route.Cat, p.route.ID
		}
		ctx.Navigate(r.URL())
	}
	install, token := installID(), stored(deviceKey)
	// The answer goes to the page, not to the button pressed: that button
	// is gone once the coupon screen shows, and with it its context.
	page := p.ctx
	page.Async(func() {
		ans := postClaim(id, install, token)
		page.Dispatch(func(ctx app.Context) {
			if seq != p.claim.seq {
				return // the shopper left, or the idle reset came first
			}
			p.claim.answered(ans)
			if p.route.Screen == Coupon && p.opened == p.route.URL() {
				p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
			}
		})
	})
}

// claimAnswer is what the server said to a claim.
type claimAnswer struct {
	status int
	failed bool // no answer at all
	coupon content.Coupon
	qr     string
	code   string // the error's code: sold_out, device_limit, …
}

func postClaim(campaign, install, token string) claimAnswer {
	body, _ := json.Marshal(rest.ClaimInput{Campaign: campaign, Install: install})
	status, text, err := fetch("POST", "/api/v1/kiosk/claims", string(body), token)
	if err != nil {
		return claimAnswer{failed: true}
	}
	var out struct { // a coupon, or an error
		rest.Claimed
		rest.ErrorBody
	}
	if err := json.Unmarshal([]byte(text), &out); err != nil {
		app.Log("kiosk: claim:", status, err)
	}
	return claimAnswer{status: status, coupon: out.Coupon, qr: out.QR, code: out.Error.Code}
}

func (c *claimState) answered(a claimAnswer) {
	c.busy = false
	c.errID, c.retry = claimProblem(a)
	if c.errID != "" {
		return
	}
	cp := a.coupon
	c.coupon = &cp
	c.qr = a.qr
	if !strings.HasPrefix(c.qr, "/c/") {
		c.qr = "/c/" + cp.Code + "/qr.png"
	}
}

// claimProblem says why a claim gave no coupon (a message id; "" when it
// did) and whether trying again may help.
func claimProblem(a claimAnswer) (id string, retry bool) {
	switch {
	case a.failed:
		return i18n.CouponOffline, true
	case a.status == 201 && a.coupon.Code != "":
		return "", false
	case a.code == "sold_out":
		return i18n.CouponSoldOut, false
	case a.code == "device_limit":
		return i18n.CouponLimit, false
	case a.status == 429:
		return i18n.CouponBusy, true
	case a.status >= 500 || a.status == 201:
		return i18n.CouponOffline, true
	}
	return i18n.CouponNotNow, false // not_claimable, ended, or gone
}

// installID is this kiosk's own id for the per-device limit when it is not
// paired: made once and kept under a storecast. key, so reloads and the
// idle reset keep it. It says nothing about any shopper.
func installID() (id string) {
	if id = stored(installKey); len(id) >= 16 && len(id) <= 64 {
		return id
	}
	b := make([]byte, 16)
	rand.Read(b)
	id = base64.RawURLEncoding.EncodeToString(b)
	defer func() { _ = recover() }() // a full or disabled storage throws
	app.Window().Get("localStorage").Call("setItem", installKey, id)
	return id
}

func stored(key string) (v string) {
	defer func() { _ = recover() }()
	if s := app.Window().Get("localStorage").Call("getItem", key); s.Truthy() {
		return s.String()
	}
	return ""
}

// Package claim is the phone's way to a coupon from a signage screen: the
// screen's QR code opens /claim/{campaign}, which claims a coupon for this
// phone (known only by an install id the page keeps in the phone's own
// storage; nothing about the shopper is asked for) and goes on to the
// coupon's page, /c/{code}.
package claim

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/proof"
	"storecast/app/rest"
	"storecast/app/screen"
)

// Pattern matches claim page paths: everything under /claim/, so a
// damaged or mistyped link still gets this page, which says the offer is
// unknown, in the phone's language, instead of a bare 404.
const Pattern = `^/claim/`

// validID reports whether id has the shape of a campaign id
// ([A-Za-z0-9_-]{1,64}); anything else is not asked for. Not a regexp:
// every page's wasm runs package inits, and compiling one there slowed
// every kiosk's start-up.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// Pages is the pattern the server renders afresh on every request.
const Pages = "/claim/*"

// claimedPrefix keeps the code this phone got for a campaign, so a second
// scan of the same screen shows it again instead of "already claimed".
const claimedPrefix = "storecast.claimed."

// Page is the claim page.
type Page struct {
	app.Compo
	locale   string
	campaign string
	outcome  string // "" while claiming, else the message id of why not
}

func (p *Page) read(u *url.URL) {
	p.locale = screen.LocaleOf(u)
	p.campaign = strings.TrimPrefix(u.Path, "/claim/")
}

func (p *Page) OnInit() {
	if app.IsClient {
		p.read(app.Window().URL())
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	p.read(ctx.Page().URL())
	ctx.Page().SetLang(p.locale)
	ctx.Page().SetTitle("%s", i18n.T(p.locale, i18n.ClaimTitle))
}

func (p *Page) OnMount(ctx app.Context) { p.claim(ctx) }

func (p *Page) claim(ctx app.Context) {
	p.outcome = ""
	if !validID(p.campaign) {
		p.outcome = i18n.ClaimUnknown
		return
	}
	campaign, locale := p.campaign, p.locale
	ctx.Async(func() {
		c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		status, body, err := proof.Post(c, "/api/v1/kiosk/claims", rest.ClaimInput{Campaign: campaign, Install: proof.InstallID()})
		ctx.Dispatch(func(ctx app.Context) { p.answered(status, body, err, locale) })
	})
}

func (p *Page) answered(status int, body []byte, err error, locale string) {
	var ans struct { // a coupon, or an error
		rest.Claimed
		rest.ErrorBody
	}
	_ = json.Unmarshal(body, &ans)
	switch {
	case err != nil:
		p.outcome = i18n.ClaimFailed
	case status == 201 && ans.Coupon.Code != "":
		remember(p.campaign, ans.Coupon.Code)
		show(ans.Coupon.Code, locale)
	case ans.Error.Code == "device_limit":
		if code := remembered(p.campaign); code != "" {
			show(code, locale)
			return
		}
		p.outcome = i18n.ClaimLimit
	case ans.Error.Code == "sold_out":
		p.outcome = i18n.ClaimSoldOut
	case ans.Error.Code == "ended":
		p.outcome = i18n.ClaimEnded
	case ans.Error.Code == "invalid" && ans.Error.Field == "campaign":
		p.outcome = i18n.ClaimUnknown
	case status == 429:
		p.outcome = i18n.ClaimBusy
	case status >= 500:
		p.outcome = i18n.ClaimFailed
	default:
		p.outcome = i18n.ClaimNotNow
	}
}

// show opens the coupon's own page, in place of this one: going back must
// not claim again.
func show(code, locale string) {
	app.Window().Get("location").Call("replace", "/c/"+url.PathEscape(code)+"?lang="+url.QueryEscape(locale))
}

func remember(campaign, code string) {
	defer func() { _ = recover() }() // private browsing: storage may refuse
	app.Window().Get("localStorage").Call("setItem", claimedPrefix+campaign, code)
}

func remembered(campaign string) string {
	if v := app.Window().Get("localStorage").Call("getItem", claimedPrefix+campaign); v.Truthy() {
		return v.String()
	}
	return ""
}

// Render says "getting your coupon" politely (role=status) and why there
// is none assertively (role=alert). Both regions are always there, empty
// when silent: screen readers announce changes only to regions that
// already exist.
func (p *Page) Render() app.UI {
	l := p.locale
	working, why := i18n.T(l, i18n.ClaimWorking), ""
	if p.outcome != "" {
		working, why = "", i18n.T(l, p.outcome)
	}
	retry := p.outcome == i18n.ClaimFailed || p.outcome == i18n.ClaimBusy
	return app.Main().Class("sc-coupon sc-claim").Body(
		app.P().Class("sc-coupon-brand").Text(i18n.T(l, i18n.AppName)),
		app.H1().Class("sc-coupon-title").Text(i18n.T(l, i18n.ClaimTitle)),
		app.P().Class("sc-claim-status").Attr("role", "status").Text(working),
		app.P().Class("sc-claim-error").Attr("role", "alert").Text(why),
		app.If(retry, func() app.UI {
			return app.Button().Class("sc-claim-retry").Text(i18n.T(l, i18n.ClaimRetry)).
				OnClick(func(ctx app.Context, e app.Event) { p.claim(ctx) })
		}),
	)
}

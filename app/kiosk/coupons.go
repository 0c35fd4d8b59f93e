package kiosk

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/screen"
)

// campaigns are the coupons a shopper can get from this kiosk now. A
// campaign that sells out or ends arrives on the live feed and drops off.
func (p *Page) campaigns() []content.Campaign {
	return p.state.Snapshot.ClaimableCampaigns(time.Now(), p.state.Groups())
}

// couponsView lists the coupons to get, each with one big "Get coupon".
func (p *Page) couponsView(v *view) {
	l := p.route.Locale
	v.title = i18n.T(l, i18n.MenuCoupons)
	cs := p.campaigns()
	if len(cs) == 0 {
		v.say = []string{i18n.T(l, i18n.CouponsNone)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.CouponsNone)))
		return
	}
	count := i18n.N(l, i18n.CouponsCount, len(cs))
	v.say = []string{count}
	pg := p.elderPaged(len(cs), p.route.Page)
	var items []app.UI
	for i, c := range cs[pg.from:pg.to] {
		items = append(items, p.campaignItem(v, c, "sc-campaign-"+strconv.Itoa(pg.from+i)))
	}
	v.add(app.P().Class("sc-count").Text(count), app.Ul().Class("sc-campaigns").Body(items...))
	p.more(v, pg)
}

// campaignItem is one coupon to get: what it is, until when, and the button.
func (p *Page) campaignItem(v *view, c content.Campaign, id string) app.UI {
	l := p.route.Locale
	title, offer := c.Title.In(l), c.Offer.In(l)
	var until string
	if c.ValidTo != nil {
		until = i18n.T(l, i18n.ValidUntil, "Date", i18n.LastDay(l, *c.ValidTo, v.now))
	}
	return app.Li().Class("sc-campaign").Body(
		app.H2().ID(id).Class("sc-campaign-title").Text(title),
		app.If(offer != "", func() app.UI { return app.P().Class("sc-campaign-offer").Text(offer) }),
		app.If(until != "", func() app.UI { return app.P().Class("sc-campaign-until").Text(until) }),
		p.getButton(v, c, id, until),
	)
}

// getButton is "Get coupon" for campaign c; describedBy names what it gets.
func (p *Page) getButton(v *view, c content.Campaign, describedBy, until string) app.UI {
	l := p.route.Locale
	label := i18n.T(l, i18n.CouponGetFor, "Title", c.Title.In(l))
	v.choices = append(v.choices, label)
	return app.Button().Type("button").Class("sc-choice sc-coupon-get").
		DataSet("campaign", c.ID).
		DataSet("say", joinList(l, []string{label, c.Offer.In(l), until})).
		Aria("describedby", describedBy).
		Text(i18n.T(l, i18n.CouponGet)).
		OnClick(p.getCoupon(c.ID))
}

// offerCoupon is "Get coupon" on an offer's page, when a coupon belongs to it.
func (p *Page) offerCoupon(v *view, promo string) app.UI {
	c, ok := content.ForPromotion(p.campaigns(), promo)
	if !ok {
		return nil
	}
	l := p.route.Locale
	return app.Div().Class("sc-offer-coupon").Body(
		app.P().ID("sc-offer-coupon-what").Class("sc-offer-coupon-what").
			Text(joinList(l, []string{c.Title.In(l), c.Offer.In(l)})),
		p.getButton(v, c, "sc-offer-coupon-what", ""),
	)
}

// couponView is the coupon being got: a moment's wait, then the QR code and
// the code, or why there is none and what to do instead.
func (p *Page) couponView(v *view) {
	l := p.route.Locale
	c := &p.claim
	v.title = i18n.T(l, i18n.CouponTitle)
	switch {
	case c.campaign != p.route.ID || (!c.busy && c.coupon == nil && c.errID == ""):
		v.say = []string{i18n.T(l, i18n.CouponNoneShown)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.CouponNoneShown)),
			app.Div().Class("sc-kc-actions").Body(v.link(i18n.T(l, i18n.MenuCoupons), "", p.route.To(Coupons))))
	case c.busy:
		v.say = []string{i18n.T(l, i18n.CouponWorking)}
		v.add(app.P().Class("sc-busy").Attr("role", "status").Text(i18n.T(l, i18n.CouponWorking)))
	case c.errID != "":
		v.title = i18n.T(l, i18n.CouponNotIssued)
		v.say = []string{i18n.T(l, c.errID)}
		actions := []app.UI{}
		if c.retry {
			actions = append(actions, v.button("sc-coupon-retry", "sc-coupon-retry", i18n.T(l, i18n.CouponTryAgain),
				func(ctx app.Context, e app.Event) { p.claimCoupon(ctx, c.campaign) }))
		}
		actions = append(actions, v.link(i18n.T(l, i18n.CouponOthers), "", p.route.To(Coupons)))
		v.add(app.P().Class("sc-error").Attr("role", "alert").Text(i18n.T(l, c.errID)),
			app.Div().Class("sc-kc-actions").Body(actions...))
	default:
		p.couponCard(v, c)
	}
}

// couponCard shows a claimed coupon: a QR code big enough for a phone at
// arm's length, the code in groups of four, the offer, how long it is valid,
// and what to do with it. In voice mode the code is read slowly, in groups.
func (p *Page) couponCard(v *view, c *claimState) {
	l := p.route.Locale
	cp := c.coupon
	title, offer := cp.Title.In(l), cp.Offer.In(l)
	valid := i18n.T(l, i18n.CouponValidUntil, "Time", i18n.DayTime(l, cp.ExpiresAt, v.now))
	scan := i18n.T(l, i18n.CouponScan)
	code := codeSpeech(l, cp.Code)
	v.say = []string{title, offer, valid, scan}
	v.slow = code
	// One box per group, the dash after it, so a narrow screen wraps the
	// code between groups, never inside one.
	parts := strings.Split(cp.Code, "-")
	groups := make([]app.UI, len(parts))
	for i, g := range parts {
		if i < len(parts)-1 {
			g += "-"
		}
		groups[i] = app.Span().Class("sc-code-group").Text(g)
	}
	v.add(
		app.Section().Class("sc-kc-card").Aria("labelledby", "sc-kc-name").Body(
			app.Img().Class("sc-kc-qr").Src(c.qr).Alt(i18n.T(l, i18n.CouponKioskQRAlt)).Width(512).Height(512),
			app.Div().Class("sc-kc-text").Body(
				screen.BrandMark(p.state.Snapshot.Brand, l, i18n.T(l, i18n.AppName), "sc-kc-store"),
				app.H2().ID("sc-kc-name").Class("sc-kc-name").Text(title),
				app.If(offer != "", func() app.UI { return app.P().Class("sc-kc-offer").Text(offer) }),
				app.P().Class("sc-kc-valid").Text(valid),
				app.P().Class("sc-kc-scan").Text(scan),
				app.Div().ID("sc-kc-code").Class("sc-kc-code-box").DataSet("nav", "1").TabIndex(-1).
					DataSet("say", code).DataSet("rate", "slow").Body(
					app.P().Class("sc-kc-code-label").Text(i18n.T(l, i18n.CouponCodeLabel)),
					app.P().Class("sc-kc-code").Attr("translate", "no").Body(groups...),
				),
			),
		),
		app.Div().Class("sc-kc-actions").Body(
			v.button("sc-coupon-repeat", "sc-coupon-repeat", i18n.T(l, i18n.CouponRepeat), p.onRepeatCode),
			v.link(i18n.T(l, i18n.CouponDone), "", p.route.To(Menu)),
		),
	)
}

// codeSpeech is a coupon code as read: character by character, in groups.
func codeSpeech(l, code string) string {
	return i18n.T(l, i18n.CouponCodeSay, "Code", a11y.Spell(code))
}

// onRepeatCode reads the code again, slowly, whether or not voice is on.
func (p *Page) onRepeatCode(ctx app.Context, e app.Event) {
	if cp := p.claim.coupon; cp != nil {
		p.sayAll(ctx, []a11y.Utterance{{Text: codeSpeech(p.route.Locale, cp.Code), Rate: a11y.SlowRate}}, true)
	}
}

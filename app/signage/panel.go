package signage

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/player"
	"storecast/app/slide"
)

// panelView is the zones layout's side panel: the store's time, date and
// today's opening hours, and a coupon to claim when there is one (the one
// of the promotion on screen first).
func (p *Page) panelView() app.UI {
	l := p.deck.Cur.Locale
	now := p.clock.Now()
	local := now.In(p.deck.Player.Location(p.state.Snapshot.Signage))
	t, d := slide.ClockText(local, l)
	hours := ""
	if h, ok := p.state.Snapshot.Power.HoursOn(local.Weekday(), p.state.Groups()); ok && len(h) == 0 {
		hours = i18n.T(l, i18n.SignageClosedToday)
	} else if ok {
		hours = i18n.T(l, i18n.SignageOpenToday, "Hours", strings.Join(h, ", "))
	}
	c, ok := p.panelCampaign()
	return app.Aside().Class("sc-panel").Lang(l).Body(
		app.Div().Class("sc-panel-clock").Body(
			app.P().Class("sc-panel-time").Text(t),
			app.P().Class("sc-panel-date").Text(d),
			app.If(hours != "", func() app.UI { return app.P().Class("sc-panel-hours").Text(hours) }),
		),
		app.If(ok, func() app.UI {
			return app.Div().Class("sc-panel-coupon").DataSet("campaign", c.ID).Body(
				app.P().Class("sc-panel-coupon-title").Text(c.Title.In(l)),
				app.Raw(p.panelQR(c, l)),
				app.P().Class("sc-panel-coupon-scan").Text(i18n.T(l, i18n.SignageCouponScan)),
			)
		}),
	)
}

// panelCampaign is the coupon the panel offers: none while the slide on
// screen shows a coupon itself, else the one linked to the promotion on
// screen, else the first that can be claimed.
func (p *Page) panelCampaign() (content.Campaign, bool) {
	e := p.deck.Cur
	if e.Slide.Kind == content.SlideCoupon || p.slots[max(p.cur, 0)].qr != "" {
		return content.Campaign{}, false
	}
	ref := e.Ref
	if e.Fallback {
		ref = p.promos.current
	}
	cs := p.state.Snapshot.ClaimableCampaigns(p.clock.Now(), p.state.Groups())
	if c, ok := content.ForPromotion(cs, ref); ok {
		return c, true
	}
	if len(cs) == 0 {
		return content.Campaign{}, false
	}
	return cs[0], true
}

// panelQR is c's claim QR code, drawn once for as long as the panel
// shows the same coupon in the same language.
func (p *Page) panelQR(c content.Campaign, l string) string {
	key := c.ID + "/" + l
	if p.qrKey != key {
		p.qrKey, p.qrSVG = key, p.claimQR(c, l)
	}
	return p.qrSVG
}

// zoned reports whether the screen shows the zones layout.
func zoned(e player.Entry) bool { return e.Layout == content.LayoutZones }

// Package slide draws one showing of a signage slide from the store's
// state. The signage player draws its slides with it, and the console's
// live view draws with it what each screen reports it shows, so the
// picture in the console is the screen's own, from the same state.
package slide

import (
	"html"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/player"
	"storecast/app/screen"
)

// View draws one showing of one slide. Its CompoID is the showing's
// key, so every showing gets fresh elements (a new picture to decode, a
// video from its start, a text fitted afresh) while the one on screen is
// only ever updated in place (a price change shows at once).
type View struct {
	app.Compo
	Entry     player.Entry
	Promotion content.Promotion // promotion slides: the live promotion
	Template  string            // promotion slides: the template chosen
	// coupon slides: the live campaign; promotion slides drawn as a
	// coupon: the campaign linked to the promotion.
	Campaign content.Campaign
	QR       string // the campaign's claim URL's QR as SVG
	Time     string // clock slides: HH:MM in the store's zone
	Date     string
	// Today is the start of the store's day, in its zone: what an offer's
	// last day is said from. Only the day, so it changes once a day.
	Today time.Time
	// The fallback: every live promotion, and the one on screen.
	Promotions []content.Promotion
	Current    string
	// Brand is the store's, named on the fallback's empty slide.
	Brand *content.Brand
}

func (v *View) CompoID() string { return v.Entry.Key() }

func (v *View) Render() app.UI {
	e := v.Entry
	l := e.Locale
	if e.Fallback {
		return v.fallback()
	}
	caption := e.Slide.Text.In(l)
	switch e.Slide.Kind {
	case content.SlideImage:
		return app.Div().Class("sc-frame sc-frame-image").Body(
			app.Img().Class("sc-media").Src(e.Slide.Media).Alt(caption),
			v.caption(caption),
		)
	case content.SlideVideo:
		return app.Div().Class("sc-frame sc-frame-video").Body(
			app.Raw(videoHTML(e.Slide.Media, caption, e.Slide.Seconds > 0)),
			v.caption(caption),
		)
	case content.SlidePromotion:
		return app.Div().Class("sc-frame sc-frame-promo").Body(promotion(v.Promotion, v.Template, l, v.Today, v.Campaign, v.QR))
	case content.SlideCoupon:
		return v.coupon()
	case content.SlideText:
		return app.Div().Class("sc-frame sc-frame-text").Body(
			app.Div().Class("sc-fit").Body(app.P().Class("sc-text-body").Text(caption)),
		)
	case content.SlideClock:
		return app.Div().Class("sc-frame sc-frame-clock").Body(
			app.P().Class("sc-clock-time").Text(v.Time),
			app.P().Class("sc-clock-date").Text(v.Date),
			app.If(caption != "", func() app.UI { return app.P().Class("sc-clock-caption").Text(caption) }),
		)
	}
	return app.Div().Class("sc-frame")
}

func (v *View) caption(text string) app.UI {
	if text == "" {
		return nil
	}
	return app.P().Class("sc-caption").Text(text)
}

// videoHTML is a muted video that may play inline, loaded ahead, looping
// when it shows for a set time. Written as HTML: go-app's video element
// would add its whole API to the wasm for these few attributes.
func videoHTML(src, label string, loop bool) string {
	attrs := ""
	if loop {
		attrs = " loop"
	}
	return `<video class="sc-media" src="` + html.EscapeString(src) + `" aria-label="` + html.EscapeString(label) +
		`" muted playsinline preload="auto"` + attrs + `></video>`
}

func (v *View) coupon() app.UI {
	l := v.Entry.Locale
	c := v.Campaign
	return app.Div().Class("sc-frame sc-frame-coupon").DataSet("campaign", c.ID).Body(
		app.Div().Class("sc-coupon-slide-text").Body(
			app.H2().Class("sc-coupon-slide-title").Text(c.Title.In(l)),
			app.If(c.Offer.In(l) != "", func() app.UI {
				return app.P().Class("sc-coupon-slide-offer").Text(c.Offer.In(l))
			}),
			app.If(v.Entry.Slide.Text.In(l) != "", func() app.UI {
				return app.P().Class("sc-coupon-slide-note").Text(v.Entry.Slide.Text.In(l))
			}),
		),
		claim(l, "", v.QR),
	)
}

// fallback is what a fresh install shows: every live promotion, one at a
// time, each slide kept in the DOM so its picture is decoded when its turn
// comes; or the store's name when there is none.
func (v *View) fallback() app.UI {
	l := v.Entry.Locale
	if len(v.Promotions) == 0 {
		return app.Div().Class("sc-slide sc-slide-empty is-current").Body(
			screen.BrandMark(v.Brand, l, i18n.T(l, i18n.AppName), "sc-brand"),
			app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions)),
		)
	}
	return app.Div().Class("sc-slides").Body(
		app.Range(v.Promotions).Slice(func(i int) app.UI {
			pr := v.Promotions[i]
			class := "sc-slide"
			if pr.ID == v.Current {
				class += " is-current"
			}
			return app.Section().
				Class(class).
				Aria("hidden", pr.ID != v.Current).
				Aria("label", i18n.T(l, i18n.SlidePosition, "Index", i+1, "Total", len(v.Promotions))).
				Body(app.Div().Class("sc-frame sc-frame-promo").Body(
					promotion(pr, content.ChooseTemplate("", "", pr.Image != "", false), l, v.Today, content.Campaign{}, ""),
				))
		}),
	)
}

// For gathers the live data the showing e draws from, for a screen in
// groups at now, in the store's zone loc: its promotion, campaign or
// clock. The fallback's promotions and a coupon's QR code are the
// caller's.
func For(e player.Entry, snap *content.Snapshot, groups []string, now time.Time, loc *time.Location) *View {
	y, m, d := now.In(loc).Date()
	v := &View{Entry: e, Today: time.Date(y, m, d, 0, 0, 0, 0, loc), Brand: snap.Brand}
	switch e.Slide.Kind {
	case content.SlidePromotion:
		v.Promotion, _ = player.Promotion(snap, e.Ref, groups, now)
		v.Template, v.Campaign = PromotionTemplate(e, v.Promotion, snap, groups, now)
	case content.SlideCoupon:
		v.Campaign, _ = player.Campaign(snap, e.Ref, groups, now)
	case content.SlideClock:
		v.Time, v.Date = ClockText(now.In(loc), e.Locale)
	}
	return v
}

// PromotionTemplate returns the template a promotion slide draws pr
// with and, for the coupon template, the campaign whose QR code it shows.
func PromotionTemplate(e player.Entry, pr content.Promotion, snap *content.Snapshot, groups []string, now time.Time) (string, content.Campaign) {
	c, ok := LinkedCampaign(snap, pr.ID, groups, now)
	tpl := content.ChooseTemplate(e.Template, e.Slide.Template, pr.Image != "", ok)
	if tpl != content.TemplateCoupon {
		c = content.Campaign{}
	}
	return tpl, c
}

// ClockText returns the time (HH:MM) and the date of now, in locale.
func ClockText(now time.Time, locale string) (string, string) {
	weekdays := strings.Split(i18n.T(locale, i18n.Weekdays), ",")
	wd := ""
	if int(now.Weekday()) < len(weekdays) {
		wd = weekdays[now.Weekday()]
	}
	date := i18n.T(locale, i18n.SignageDate, "Year", now.Year(), "Month", int(now.Month()),
		"MonthName", now.Month().String(), "Day", now.Day(), "Weekday", wd)
	return now.Format("15:04"), date
}

package kiosk

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// view builds the screen the route names.
func (p *Page) view() view {
	v := view{name: p.route.Screen, route: p.route, now: time.Now().In(p.state.Snapshot.Signage.Location())}
	switch p.route.Screen {
	case Menu:
		p.menuView(&v)
	case Offers:
		p.offersView(&v)
	case Offer:
		p.offerView(&v)
	case Coupons:
		p.couponsView(&v)
	case Coupon:
		p.couponView(&v)
	case Price:
		p.priceView(&v)
	case Events:
		p.eventsView(&v)
	case Help:
		p.helpView(&v)
	case Points:
		p.pointsView(&v)
	default:
		p.attractView(&v)
	}
	return v
}

// attractView is the loop that runs while nobody is here: the live offers,
// one at a time across the screen, and one big way in.
func (p *Page) attractView(v *view) {
	l := p.route.Locale
	promos := p.state.Promotions()
	v.title = i18n.T(l, i18n.KioskTitle)
	v.say = []string{i18n.N(l, i18n.PromotionCount, len(promos))}
	current := 0
	if len(promos) > 0 {
		current = p.slide % len(promos)
	}
	v.add(
		app.P().Class("sc-count").Text(i18n.N(l, i18n.PromotionCount, len(promos))),
		app.If(len(promos) == 0, func() app.UI {
			return app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions))
		}).Else(func() app.UI {
			// Two slots, as on signage: the offer on screen and, hidden,
			// the next one, whose image so loads before its turn. They
			// take turns, so a turn only flips hidden and no visible image
			// is swapped. A store with fifty offers starts as fast as one
			// with five.
			shown := []int{current}
			if next := (current + 1) % len(promos); next != current {
				shown = append(shown, next)
				if p.slide%2 == 1 {
					shown[0], shown[1] = next, current
				}
			}
			return app.Div().Class("sc-attract-slides").Body(app.Range(shown).Slice(func(i int) app.UI {
				// Never Hidden(false): go-app prerenders it as hidden="false", which hides.
				d := app.Div().Class("sc-attract-slide").Body(hero(promos[shown[i]], p.state.Snapshot.Categories, l, v.now))
				if shown[i] != current {
					d = d.Hidden(true)
				}
				return d
			}))
		}),
		v.start(p.route.To(Menu)),
	)
}

// menuView is home: the few big choices, as tiles with our icons that
// fill the screen.
func (p *Page) menuView(v *view) {
	l := p.route.Locale
	v.title = i18n.T(l, i18n.KioskMenuTitle)
	items := []struct {
		s           Screen
		icon        string
		label, hint string
	}{
		{Offers, "offers", i18n.MenuPromotions, i18n.MenuPromotionsHint},
		{Coupons, "coupons", i18n.MenuCoupons, i18n.MenuCouponsHint},
		{Price, "price", i18n.MenuPriceCheck, i18n.MenuPriceCheckHint},
		{Events, "events", i18n.MenuEvents, i18n.MenuEventsHint},
		{Help, "help", i18n.MenuHelp, i18n.MenuHelpHint},
		// Last: the other tiles keep their places, and a shopper who
		// learnt the menu still finds them where they were.
		{Points, "points", i18n.MenuPoints, i18n.MenuPointsHint},
	}
	pg := p.tilePage(iconTiles, len(items))
	var tiles []app.UI
	for _, it := range items[pg.from:pg.to] {
		tiles = append(tiles, v.tile(p.route.To(it.s), "", icon(it.icon), i18n.T(l, it.label), i18n.T(l, it.hint)))
	}
	v.add(p.tiles(iconTiles, "sc-menu", tiles))
	p.more(v, pg)
}

// helpView offers "call staff" and says how to use the kiosk.
func (p *Page) helpView(v *view) {
	l := p.route.Locale
	v.title = i18n.T(l, i18n.MenuHelp)
	v.say = []string{i18n.T(l, i18n.HelpIntro)}
	v.add(
		app.P().Class("sc-intro").Text(i18n.T(l, i18n.HelpIntro)),
		v.button("sc-call", "sc-call", i18n.T(l, i18n.CallStaff), p.onCallStaff),
		p.callStatus(),
		app.H2().Text(i18n.T(l, i18n.HelpModesTitle)),
		app.P().Text(i18n.T(l, i18n.HelpModes)),
		app.H2().Text(i18n.T(l, i18n.HelpKeysTitle)),
		app.P().Text(i18n.T(l, i18n.HelpKeys)),
	)
}

// callStatus says what happened to the last call for staff.
func (p *Page) callStatus() app.UI {
	return app.P().Class("sc-call-status").Attr("role", "status").Text(p.callText())
}

func (p *Page) callText() string {
	l := p.route.Locale
	switch p.call {
	case callBusy:
		return i18n.T(l, i18n.StaffCalling)
	case callDone:
		return i18n.T(l, i18n.StaffComing)
	case callAlready:
		return i18n.T(l, i18n.StaffAlready)
	case callFailed:
		return i18n.T(l, i18n.StaffCallFailed)
	}
	return ""
}

// eventsView lists the store events that have not ended.
func (p *Page) eventsView(v *view) {
	l := p.route.Locale
	events := p.state.Snapshot.UpcomingEvents(v.now)
	v.title = i18n.T(l, i18n.MenuEvents)
	if len(events) == 0 {
		v.say = []string{i18n.T(l, i18n.EventsNone)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.EventsNone)))
		return
	}
	count := i18n.N(l, i18n.EventsCount, len(events))
	v.say = []string{count}
	pg := p.elderPaged(len(events), p.route.Page)
	var items []app.UI
	for i, e := range events[pg.from:pg.to] {
		when := eventWhen(l, e, v.now.Location())
		place := e.Place.In(l)
		words := []string{e.Title.In(l), when}
		if place != "" {
			words = append(words, i18n.T(l, i18n.EventPlace, "Place", place))
		}
		v.say = append(v.say, joinList(l, words))
		items = append(items, app.Li().Class("sc-event").DataSet("nav", "1").TabIndex(-1).
			ID("sc-event-"+strconv.Itoa(pg.from+i)).DataSet("say", joinList(l, append(words, e.Body.In(l)))).Body(
			app.H2().Class("sc-event-title").Text(e.Title.In(l)),
			app.P().Class("sc-event-when").Text(when),
			app.If(place != "", func() app.UI {
				return app.P().Class("sc-event-place").Text(i18n.T(l, i18n.EventPlace, "Place", place))
			}),
			app.If(e.Body.In(l) != "", func() app.UI {
				return app.P().Class("sc-event-body").Text(e.Body.In(l))
			}),
		))
	}
	v.add(app.P().Class("sc-count").Text(count), app.Ul().Class("sc-events").Body(items...))
	p.more(v, pg)
}

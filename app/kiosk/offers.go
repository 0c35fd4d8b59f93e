package kiosk

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/promo"
)

// offerGroup is one choice of the offers screen: a category and its offers.
type offerGroup struct {
	cat    string // CatAll, CatOther or a category id
	name   string
	promos []content.Promotion
}

// offerGroups are the categories that have offers now, in the store's
// order, after "all offers" and before "other offers".
func (p *Page) offerGroups() []offerGroup {
	l := p.route.Locale
	promos := p.state.Promotions()
	groups := []offerGroup{{cat: CatAll, name: i18n.T(l, i18n.AllOffers), promos: promos}}
	placed := map[string]bool{}
	for _, c := range p.state.Snapshot.Categories {
		g := offerGroup{cat: c.ID, name: c.Name.In(l)}
		for _, pr := range promos {
			if pr.Category == c.ID {
				g.promos = append(g.promos, pr)
				placed[pr.ID] = true
			}
		}
		if len(g.promos) > 0 {
			groups = append(groups, g)
		}
	}
	other := offerGroup{cat: CatOther, name: i18n.T(l, i18n.OtherOffers)}
	for _, pr := range promos {
		if !placed[pr.ID] {
			other.promos = append(other.promos, pr)
		}
	}
	if len(other.promos) > 0 && len(other.promos) < len(promos) {
		groups = append(groups, other)
	}
	return groups
}

func (p *Page) offerGroup(cat string) (offerGroup, bool) {
	for _, g := range p.offerGroups() {
		if g.cat == cat {
			return g, true
		}
	}
	return offerGroup{}, false
}

// offersView shows the categories with offers as tiles with their
// pictures; with a category chosen, the offers in it.
func (p *Page) offersView(v *view) {
	l := p.route.Locale
	if p.route.Cat != "" {
		p.offerListView(v)
		return
	}
	v.title = i18n.T(l, i18n.MenuPromotions)
	groups := p.offerGroups()
	if len(groups[0].promos) == 0 {
		v.say = []string{i18n.T(l, i18n.NoPromotions)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions)))
		return
	}
	pg := p.tilePage(iconTiles, len(groups))
	var tiles []app.UI
	for _, g := range groups[pg.from:pg.to] {
		r := p.route.To(Offers)
		r.Cat = g.cat
		tiles = append(tiles, v.tile(r, "", picture("sc-tile-icon", categoryIcon(categoryOf(g.cat, p.state.Snapshot.Categories))), g.name, i18n.N(l, i18n.PromotionCount, len(g.promos))))
	}
	v.add(p.tiles(iconTiles, "sc-menu", tiles))
	p.more(v, pg)
}

// offerListView shows the offers of one category as a grid of pictures,
// each with its name, price and last day.
func (p *Page) offerListView(v *view) {
	l := p.route.Locale
	g, ok := p.offerGroup(p.route.Cat)
	v.title = g.name
	if !ok {
		v.title = i18n.T(l, i18n.MenuPromotions)
	}
	if len(g.promos) == 0 {
		v.say = []string{i18n.T(l, i18n.NoPromotions)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions)))
		return
	}
	v.say = []string{i18n.N(l, i18n.PromotionCount, len(g.promos))}
	pg := p.tilePage(pictureTiles, len(g.promos))
	var tiles []app.UI
	for _, pr := range g.promos[pg.from:pg.to] {
		r := p.route.To(Offer)
		r.Cat, r.ID = p.route.Cat, pr.ID
		tiles = append(tiles, v.tile(r, "", picture("sc-tile-picture", promoPicture(pr, p.state.Snapshot.Categories)), pr.Title.In(l), priceWords(l, pr), until(l, pr, v.now)))
	}
	v.add(p.tiles(pictureTiles, "sc-offer-list", tiles))
	p.more(v, pg)
}

// promoPicture is the offer's own picture, or its category's when staff
// gave it none.
func promoPicture(pr content.Promotion, cats []content.Category) string {
	if pr.Image != "" {
		return pr.Image
	}
	return categoryIcon(categoryOf(pr.Category, cats))
}

// until is an offer's last day as shown ("until tomorrow"); "" when it has
// none.
func until(l string, pr content.Promotion, now time.Time) string {
	if pr.ValidTo == nil {
		return ""
	}
	return i18n.T(l, i18n.ValidUntil, "Date", i18n.LastDay(l, *pr.ValidTo, now))
}

// offerView shows one offer in full, and "Get coupon" below the price when
// a coupon belongs to it.
func (p *Page) offerView(v *view) {
	l := p.route.Locale
	var pr *content.Promotion
	for _, x := range p.state.Promotions() {
		if x.ID == p.route.ID {
			pr = &x
			break
		}
	}
	if pr == nil {
		v.title = i18n.T(l, i18n.MenuPromotions)
		v.say = []string{i18n.T(l, i18n.OfferGone)}
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.OfferGone)))
		return
	}
	v.title = pr.Title.In(l)
	body := pr.Body.In(l)
	v.say = []string{body, priceWords(l, *pr)}
	last := until(l, *pr, v.now)
	if last != "" {
		v.say = append(v.say, last)
	}
	v.add(app.Article().Class("sc-offer").DataSet("id", pr.ID).Body(
		app.If(pr.Image != "", func() app.UI {
			return app.Img().Class("sc-offer-image").Src(pr.Image).Attr("role", "presentation").Attr("decoding", "async")
		}),
		app.Div().Class("sc-offer-text").Body(
			app.If(body != "", func() app.UI { return app.P().Class("sc-promo-body").Text(body) }),
			promo.Price(*pr, l),
			app.If(last != "", func() app.UI { return app.P().Class("sc-promo-until").Text(last) }),
			app.Div().Class("sc-offer-actions").Body(p.offerCoupon(v, pr.ID)),
		),
	))
}

// priceWords is an offer's price as read: now, and what it was.
func priceWords(l string, pr content.Promotion) string {
	s := i18n.T(l, i18n.Price, "Price", content.FormatPrice(pr.Price))
	if pr.WasPrice > 0 {
		s = joinList(l, []string{s, i18n.T(l, i18n.WasPrice, "Price", content.FormatPrice(pr.WasPrice))})
	}
	return s
}

package kiosk

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// browseView is the price check's other way in: the store's categories as
// pictures; a tap lists the category's products with their prices.
func (p *Page) browseView() app.UI {
	l := p.route.Locale
	cats := p.state.Snapshot.Categories
	if len(cats) == 0 {
		return app.Div().Class("sc-browse-none")
	}
	var tiles []app.UI
	for _, c := range cats {
		name := c.Name.In(l)
		tiles = append(tiles, app.Li().Body(
			app.Button().Type("button").Class("sc-browse-tile").ID("sc-browse-"+c.ID).
				Aria("pressed", p.search.cat == c.ID).DataSet("say", name).
				OnClick(p.onBrowse(c)).Body(
				// The name says what the picture shows: it is decoration.
				app.Img().Class("sc-browse-icon").Src(categoryIcon(c)).Alt("").Attr("aria-hidden", "true"),
				app.Span().Class("sc-browse-name").Text(name),
			),
		))
	}
	return app.Section().Class("sc-browse").Aria("labelledby", "sc-browse-title").Body(
		app.H2().ID("sc-browse-title").Text(i18n.T(l, i18n.BrowseTitle)),
		app.Ul().Class("sc-browse-list").Body(tiles...),
	)
}

func (p *Page) onBrowse(c content.Category) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		l := p.route.Locale
		s := &p.search
		s.query, s.hint, s.cat, s.result, s.page = "", "", c.ID, nil, 0
		setBox("")
		name := c.Name.In(l)
		p.ask(ctx, name, true, i18n.T(l, i18n.BrowseCategory, "Name", name), func() (content.ProductList, error) {
			return fetchCategory(c.ID)
		})
	}
}

// categoryIcons maps words in a category's id to the kiosk's own pictures
// (web/icons/category-*.svg, drawn for Storecast); a category none of them
// fits gets the shopping basket.
var categoryIcons = []struct{ icon, words string }{
	{"fresh", "fresh fruit veg produce"},
	{"dairy", "dairy milk chilled cheese egg"},
	{"pantry", "pantry grocery rice oil food dry"},
	{"drinks", "drink snack tea coffee juice water"},
	{"home", "home household clean care"},
}

// categoryIcon is the picture staff chose for cat, or else the one its id
// suggests.
func categoryIcon(cat content.Category) string {
	if cat.Icon != "" {
		return "/web/icons/category-" + cat.Icon + ".svg"
	}
	id := cat.ID
	for _, c := range categoryIcons {
		for _, w := range strings.Fields(c.words) {
			if strings.Contains(id, w) {
				return "/web/icons/category-" + c.icon + ".svg"
			}
		}
	}
	return "/web/icons/category-other.svg"
}

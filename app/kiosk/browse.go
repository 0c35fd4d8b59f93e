package kiosk

import (
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

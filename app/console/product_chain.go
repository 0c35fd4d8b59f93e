package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// A product's price in a chain of stores (docs/operations.md, "Chain
// prices"): head office's staff say for every store whether a store may
// set its own price and whether the product is paused; a store's staff
// see head office's price and word, and may type their own price only
// where head office allows one.

// forStores is head office's two choices for every store.
func (e *ProductEditor) forStores(l string) app.UI {
	legend := fieldID(productEditForm, "stores") + "-legend"
	return app.Div().ID(fieldID(productEditForm, "stores")).Class("cs-group cs-product-stores").
		Attr("role", "group").Aria("labelledby", legend).Body(
		app.P().ID(legend).Class("cs-legend").Text(i18n.T(l, i18n.ConsoleProductForStores)),
		e.check("overridable", i18n.T(l, i18n.ConsoleProductOverridable), i18n.T(l, i18n.ConsoleProductOverridableHint), &e.draft.Overridable),
		e.check("hq_paused", i18n.T(l, i18n.ConsoleProductHQPaused), i18n.T(l, i18n.ConsoleProductHQPausedHint), &e.draft.HQPaused),
	)
}

// check is a checkbox of the product form with its hint.
func (e *ProductEditor) check(name, label, hint string, on *bool) app.UI {
	id := fieldID(productEditForm, name)
	return app.Div().Class("cs-field").Body(
		app.Label().Class("cs-check").For(id).Body(
			app.Input().Type("checkbox").ID(id).Name(name).Checked(*on).Aria("describedby", id+"-hint").
				OnChange(func(ctx app.Context, ev app.Event) { *on = ctx.JSSrc().Get("checked").Bool() }, app.EventScope(id)),
			app.Span().Text(label),
		),
		app.P().ID(id+"-hint").Class("cs-hint").Text(hint),
	)
}

// chainWord is, in a store, head office's price of a product it prices and
// whether it paused it; nothing elsewhere.
func (e *ProductEditor) chainWord(l string) app.UI {
	d := e.draft
	if e.HQ || d.HQPrice == nil {
		return app.Div().Class("cs-chain-none")
	}
	return app.Div().ID("product-chain").Class("cs-chain-word").Body(
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleProductChainPrice, "Price", priceLabel(l, *d.HQPrice))),
		app.If(d.HQPaused, func() app.UI {
			return app.P().Class("cs-role cs-hq-paused").Text(i18n.T(l, i18n.ConsoleProductPausedByHQ))
		}),
	)
}

// chainTags are a product card's words on head office's price: at head
// office what it lets stores do, in a store where the price comes from.
func chainTags(l string, hq bool, p content.Product) app.UI {
	var tags []string
	switch {
	case hq && p.Overridable:
		tags = append(tags, i18n.T(l, i18n.ConsoleProductOverridable))
	case hq:
	case form.PriceFrom(p) == form.PriceOwn:
		tags = append(tags, i18n.T(l, i18n.ConsoleProductOwnPrice, "Price", priceLabel(l, *p.HQPrice)))
	case form.PriceFrom(p) == form.PriceChain:
		tags = append(tags, i18n.T(l, i18n.ConsoleProductChainPriced))
	}
	switch {
	case hq && p.HQPaused:
		tags = append(tags, i18n.T(l, i18n.ConsoleProductHQPaused))
	case p.HQPaused:
		tags = append(tags, i18n.T(l, i18n.ConsoleProductPausedByHQ))
	}
	if len(tags) == 0 {
		return app.Div().Class("cs-chain-none")
	}
	return app.P().Class("cs-chain-tags").Body(app.Range(tags).Slice(func(i int) app.UI {
		return app.Span().Class("cs-role").Text(tags[i])
	}))
}

// priceLabel is a price in cents as the console writes it.
func priceLabel(l string, cents int64) string {
	return i18n.T(l, i18n.Price, "Price", content.FormatPrice(cents))
}

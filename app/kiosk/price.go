package kiosk

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
)

// search is the price check's state; the idle reset clears it.
type search struct {
	query  string // what is in the box
	asked  string // what the results are for
	busy   bool
	errID  string // message id of the problem, "" for none
	result *content.ProductList
	page   int    // elder mode: which page of results
	seq    int    // answers to older searches are dropped
	cat    string // the category browsed, "" when searching
	hint   string // message id of what the keypad needs next, "" for none
	// find asks again for what result answers, when the catalogue
	// changes under it; seen is the last catalogue change looked at.
	find func() (content.ProductList, error)
	seen *content.CatalogueChange
}

// priceView is the price check: a box for a name or barcode, the keypad
// that types in it, the answer, and the categories to browse.
func (p *Page) priceView(v *view) {
	l := p.route.Locale
	s := &p.search
	v.title = i18n.T(l, i18n.MenuPriceCheck)
	v.say = []string{i18n.T(l, i18n.PriceHint), i18n.T(l, i18n.KeypadHint)}
	v.focus = "sc-q"
	v.choices = append(v.choices, i18n.T(l, i18n.PriceLabel), i18n.T(l, i18n.PriceSearch))
	// inputmode none: the keypad below types; a hardware keyboard or a
	// scanner still can, but a system keyboard must not cover the keys.
	form := app.Form().Class("sc-search").Attr("role", "search").OnSubmit(p.onSearch).Body(
		app.Label().For("sc-q").Class("sc-search-label").Text(i18n.T(l, i18n.PriceLabel)),
		app.Input().ID("sc-q").Type("text").Class("sc-search-input").
			Attr("inputmode", "none").Attr("enterkeyhint", "search").Attr("autocomplete", "off").
			Attr("spellcheck", "false").Attr("maxlength", content.MaxQueryRunes).
			Aria("describedby", "sc-q-hint").DataSet("say", i18n.T(l, i18n.PriceLabel)).
			Value(s.query).OnInput(p.onQuery),
		app.Button().ID("sc-search-go").Type("submit").Class("sc-choice sc-search-go").Text(i18n.T(l, i18n.PriceSearch)),
	)
	v.add(form, app.P().ID("sc-q-hint").Class("sc-hint").Text(i18n.T(l, i18n.KeypadHint)),
		// A live region is only read out when it changes after the page
		// has it: so it is always there, and holds the answer once found
		// (a problem is an alert of its own).
		app.P().ID("sc-search-status").Class("sc-visually-hidden").Attr("role", "status").Text(p.searchStatus()))
	answer := app.Div().Class("sc-answer").Aria("busy", s.busy)
	switch {
	case s.busy && s.result == nil:
		answer = answer.Body(app.P().Class("sc-busy").Text(i18n.T(l, i18n.PriceSearching)))
	case s.errID != "":
		answer = answer.Body(app.P().Class("sc-error").Attr("role", "alert").Text(i18n.T(l, s.errID, "Query", s.asked)))
	case s.hint != "":
		answer = answer.Body(app.P().Class("sc-keep-typing").Attr("role", "status").Text(i18n.T(l, s.hint)))
	case s.result != nil:
		var results view
		results.route = v.route
		p.resultsView(&results)
		v.choices = append(v.choices, results.choices...)
		answer = answer.Body(results.body...)
	}
	v.add(app.Div().Class("sc-price-layout").Body(p.keypadView(), answer, p.browseView()))
}

// priceText is a product's price, for its unit when it has one.
func priceText(l string, pr content.Product) string {
	if pr.Unit != "" {
		return i18n.T(l, i18n.PricePer, "Price", content.FormatPrice(pr.Price), "Unit", pr.Unit)
	}
	return i18n.T(l, i18n.Price, "Price", content.FormatPrice(pr.Price))
}

// resultsView lists what a search found: name, the one price, the aisle.
func (p *Page) resultsView(v *view) {
	l := p.route.Locale
	s := &p.search
	ps := s.result.Products
	if len(ps) == 0 {
		v.add(app.P().Class("sc-error").Attr("role", "alert").Text(i18n.T(l, i18n.PriceNone, "Query", s.asked)))
		return
	}
	pg := p.elderPaged(len(ps), s.page)
	var items []app.UI
	for i, pr := range ps[pg.from:pg.to] {
		items = append(items, app.Li().Class("sc-product").DataSet("nav", "1").TabIndex(-1).
			ID("sc-product-"+itoa(pg.from+i)).DataSet("say", productWords(l, pr)).Body(
			app.P().Class("sc-product-name").Text(pr.Name.In(l)),
			app.P().Class("sc-product-price").Text(priceText(l, pr)),
			app.If(pr.Aisle != "", func() app.UI {
				return app.P().Class("sc-product-aisle").Text(i18n.T(l, i18n.PriceAisle, "Aisle", pr.Aisle))
			}),
			// Only what the server vouches for: an online price known,
			// recent and equal (content.Product.SameOnline).
			app.If(pr.SameOnline, func() app.UI {
				return app.P().Class("sc-same-price").Text(i18n.T(l, i18n.PriceSame))
			}),
		))
	}
	v.add(app.Section().Class("sc-results").Aria("labelledby", "sc-results-title").Body(
		app.If(s.cat != "", func() app.UI {
			return app.H2().ID("sc-results-title").Text(i18n.T(l, i18n.BrowseCategory, "Name", s.asked))
		}).Else(func() app.UI {
			return app.H2().ID("sc-results-title").Text(i18n.N(l, i18n.PriceResults, s.result.Total))
		}),
		app.If(s.cat != "", func() app.UI {
			return app.P().Class("sc-count").Text(i18n.N(l, i18n.PriceResults, s.result.Total))
		}),
		app.Ul().Class("sc-products").Body(items...),
		app.If(s.result.Total > len(ps), func() app.UI {
			return app.P().Class("sc-hint").Text(i18n.N(l, i18n.PriceShowing, s.result.Total, "Shown", len(ps)))
		}),
	))
	if pg.pages > 1 {
		p.resultsMore(v, pg)
	}
}

// resultsMore pages through the results in elder mode: they are the
// answer to a search, not a screen of their own, so the paging choices
// are buttons that stay on the price check.
func (p *Page) resultsMore(v *view, pg pager) {
	prev, next, where := pageLabels(p.route.Locale, pg)
	to := func(page int) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			p.search.page = page
			p.say(ctx, p.resultsSpeech(), false)
			// The button pressed may be gone from the new page: focus
			// goes to the page's first result, never to nothing.
			first := "sc-product-" + itoa(p.elderPaged(len(p.search.result.Products), page).from)
			ctx.Defer(func(app.Context) { p.focus(first) })
		}
	}
	var body []app.UI
	if pg.prev() >= 0 {
		body = append(body, v.button("sc-results-prev", "sc-page-prev", prev, to(pg.prev())))
	}
	body = append(body, app.P().Class("sc-page-position").Text(where))
	if pg.next() >= 0 {
		body = append(body, v.button("sc-results-more", "sc-page-next", next, to(pg.next())))
	}
	v.add(app.Nav().Class("sc-more").Aria("label", where).Body(body...))
}

// searchStatus is what the price check's live region says: that it is
// searching, then what it found, prices in words as speech has them.
func (p *Page) searchStatus() string {
	s := &p.search
	switch {
	case s.busy:
		return i18n.T(p.route.Locale, i18n.PriceSearching)
	case s.errID != "" || s.result == nil || len(s.result.Products) == 0:
		return "" // an alert says it
	}
	return a11y.SpeakMoney(p.route.Locale, p.resultsSpeech())
}

// resultsSpeech reads the answer to a search.
func (p *Page) resultsSpeech() string {
	l := p.route.Locale
	s := &p.search
	switch {
	case s.errID != "":
		return i18n.T(l, s.errID, "Query", s.asked)
	case s.result == nil:
		return ""
	case len(s.result.Products) == 0:
		return i18n.T(l, i18n.PriceNone, "Query", s.asked)
	}
	parts := []string{i18n.N(l, i18n.PriceResults, s.result.Total)}
	pg := p.elderPaged(len(s.result.Products), s.page)
	for _, pr := range s.result.Products[pg.from:pg.to] {
		parts = append(parts, productWords(l, pr))
	}
	return sentences(l, parts)
}

// queryError maps a bad search to what the kiosk says about it.
func queryError(err error) string {
	for _, m := range []struct {
		err error
		id  string
	}{
		{content.ErrQueryEmpty, i18n.ErrQueryEmpty}, {content.ErrQueryTooLong, i18n.ErrQueryTooLong},
		{content.ErrQueryBadText, i18n.ErrQueryBadText}, {content.ErrBarcodeLength, i18n.ErrBarcodeLength},
		{content.ErrBarcodeDigits, i18n.ErrBarcodeDigits}, {content.ErrBarcodeCheckSum, i18n.ErrBarcodeCheck},
	} {
		if errors.Is(err, m.err) {
			return m.id
		}
	}
	return i18n.ErrNetwork
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

package console

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// productPage is how many products one page of the list shows.
const productPage = 50

// Products is the catalogue: a search as the kiosk's price check reads it
// (name, SKU, barcode, pinyin or its initials), a page of what it found,
// the editor for one product, and the CSV import and export below. In a
// chain each product says where its price comes from (product_chain.go).
type Products struct {
	app.Compo
	API    *client.Client
	Locale string
	HQ     bool // head office's console

	query      string // typed
	asked      string // what the page shows
	offset     int
	page       content.ProductList
	cats       []content.Category
	loaded     bool
	editing    *content.Product // nil: the list; SKU "": a new one
	confirming string
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *Products) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
	loadCategories(ctx, v.API, &v.cats)
}

func (v *Products) load() {
	ctx, q, offset := v.ctx, v.asked, v.offset
	ctx.Async(func() {
		page, err := v.API.ProductPage(ctx, q, offset, productPage)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.page, v.problem = page, form.Problem{}
		})
	})
}

func (v *Products) search(ctx app.Context) {
	v.asked, v.offset, v.note = v.query, 0, ""
	v.load()
}

func (v *Products) turn(offset int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.offset, v.note = max(offset, 0), ""
		v.load()
		focusID(ctx, "products-showing")
	}
}

func (v *Products) open(p content.Product) {
	v.editing, v.note, v.confirming, v.problem = &p, "", "", form.Problem{}
}

// openSKU opens the product with sku as the page has it now.
func (v *Products) openSKU(sku string) {
	for _, p := range v.page.Products {
		if p.SKU == sku {
			v.open(p)
		}
	}
}

func (v *Products) saved(ctx app.Context, p content.Product) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", p.Name.In(v.Locale))
	v.load()
	focusID(ctx, "cs-view-title")
}

func (v *Products) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

func (v *Products) remove(sku string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = sku
		ctx.Async(func() {
			err := v.API.DeleteProduct(ctx, sku)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleDeleted)
				v.load()
				focusID(ctx, "cs-view-title")
			})
		})
	}
}

func (v *Products) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &ProductEditor{API: v.API, Locale: l, HQ: v.HQ, Product: *v.editing, Categories: v.cats, OnSaved: v.saved, OnClose: v.closed}
	}
	q := field{Form: "products", Name: "q", Label: i18n.T(l, i18n.ConsoleProductsSearch), Hint: i18n.T(l, i18n.ConsoleProductsSearchHint)}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleProductsListTitle)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Form().ID("products-search").Class("cs-form cs-search").Attr("role", "search").Attr("novalidate", true).
			OnSubmit(onSubmit(v.search)).Body(
			q.input("search", v.query, v.ValueTo(&v.query)),
			app.Div().Class("cs-actions").Body(submit(i18n.T(l, i18n.ConsoleProductsSearchGo), false)),
		),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleProductNew), false, func(app.Context, app.Event) { v.open(content.Product{}) }).ID("product-new"),
		),
		app.P().ID("products-showing").Class("cs-meta").TabIndex(-1).Attr("role", "status").Text(v.showing()),
		app.Ul().Class("cs-cards cs-product-list").Body(app.Range(v.page.Products).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.page.Products[i]))
		})),
		v.pager(),
		v.labels(),
		&ProductImport{API: v.API, Locale: l},
	)
}

// showing says which products the page holds, or that there are none.
func (v *Products) showing() string {
	l := v.Locale
	switch {
	case !v.loaded:
		return ""
	case v.page.Total == 0 && v.asked == "":
		return i18n.T(l, i18n.ConsoleProductsEmpty)
	case v.page.Total == 0:
		return i18n.T(l, i18n.ConsoleProductsNone)
	}
	return i18n.T(l, i18n.ConsoleProductsShowing, "From", v.offset+1, "To", v.offset+len(v.page.Products), "Total", v.page.Total)
}

func (v *Products) pager() app.UI {
	l := v.Locale
	prev, next := v.offset > 0, v.offset+len(v.page.Products) < v.page.Total
	if !prev && !next {
		return app.Div().Class("cs-pager-none")
	}
	return app.Nav().Class("cs-actions cs-pager").Aria("label", i18n.T(l, i18n.ConsolePages)).Body(
		button("", i18n.T(l, i18n.ConsolePagePrev), !prev, v.turn(v.offset-productPage)).ID("products-prev"),
		button("", i18n.T(l, i18n.ConsolePageNext), !next, v.turn(v.offset+productPage)).ID("products-next"),
	)
}

func (v *Products) card(p content.Product) app.UI {
	l := v.Locale
	name := p.Name.In(l)
	cat := i18n.T(l, i18n.ConsoleCategoryNone)
	if p.Category != "" {
		cat = categoryName(l, v.cats, p.Category)
	}
	price := priceLabel(l, p.Price)
	if p.Unit != "" {
		price = i18n.T(l, i18n.PricePer, "Price", content.FormatPrice(p.Price), "Unit", p.Unit)
	}
	return app.Article().Class("cs-card cs-product-card").DataSet("sku", p.SKU).Body(
		app.If(p.Image != "", func() app.UI {
			return app.Img().Class("cs-thumb").Src(p.Image).Attr("role", "presentation").Attr("loading", "lazy")
		}),
		app.Div().Class("cs-card-main").Body(
			app.H2().Class("cs-card-title").Text(name),
			app.P().Class("cs-price").Body(app.Span().Class("cs-price-now").Text(price)),
			chainTags(l, v.HQ, p),
			app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleProductMeta, "SKU", p.SKU, "Category", cat)),
			app.Div().Class("cs-actions").Body(
				itemButton("", i18n.T(l, i18n.ConsoleEdit), false, p.SKU, func(app.Context, app.Event) { v.openSKU(p.SKU) }).
					Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", name)),
				itemButton("danger", i18n.T(l, i18n.ConsoleDelete), false, p.SKU, func(ctx app.Context, e app.Event) {
					v.confirming = p.SKU
				}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", name)),
			),
			app.If(v.confirming == p.SKU, func() app.UI {
				return confirmBox(l, i18n.T(l, i18n.ConsoleProductDeleteConfirm, "Name", name),
					i18n.T(l, i18n.ConsoleDeleteYes), v.busy == p.SKU, v.remove(p.SKU), &v.confirming)
			}),
		),
	)
}

// labels links to the printable shelf labels of the products the page
// shows (server/api labels), in the console's language; a plain link, so
// the browser opens and prints the page itself.
func (v *Products) labels() app.UI {
	if len(v.page.Products) == 0 {
		return app.Div().Class("cs-labels-none")
	}
	q := url.Values{"lang": {v.Locale}}
	for _, p := range v.page.Products {
		q.Add("sku", p.SKU)
	}
	return app.Div().Class("cs-actions").Body(
		app.A().ID("products-labels").Class("cs-btn").Href("/labels?" + q.Encode()).
			Text(i18n.T(v.Locale, i18n.ConsoleProductsLabels)),
	)
}

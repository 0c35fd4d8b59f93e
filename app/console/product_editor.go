package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// ProductEditor creates or changes one product: SKU (new ones only), name
// in each language, price and its unit, barcode, category, aisle and
// picture. The kiosk's price check finds the change at its next search.
// At head office it also says, for every store, whether a store may set
// its own price and whether the product is paused; in a store, a product
// head office prices shows head office's price and word (product_chain.go).
type ProductEditor struct {
	app.Compo
	API        *client.Client
	Locale     string
	HQ         bool            // head office's console
	Product    content.Product // SKU "": a new one
	Categories []content.Category
	OnSaved    func(ctx app.Context, p content.Product)
	OnClose    func(ctx app.Context)

	draft    form.ProductDraft
	problems form.Problems
	busy     bool
}

const productEditForm = "product"

var productAlias = map[string]string{"name": "name.zh-Hans", "image": "image-file"}

func (e *ProductEditor) OnMount(ctx app.Context) {
	e.draft = form.NewProductDraft(e.Product)
	e.draft.HQ = e.HQ
	first := "sku"
	if e.Product.SKU != "" {
		first = "name.zh-Hans"
	}
	focusField(ctx, productEditForm, first)
}

func (e *ProductEditor) save(ctx app.Context) {
	create := e.Product.SKU == ""
	e.draft.HQ = e.HQ
	if !create {
		e.draft.SKU = e.Product.SKU
	}
	in, ps := e.draft.Input()
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	saveThen(ctx, &e.busy, func() (content.Product, error) { return e.API.SaveProduct(ctx, create, in) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *ProductEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	focusFirst(ctx, productEditForm, ps, form.ProductFields, productAlias)
}

func (e *ProductEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleProductNew)
	if e.Product.SKU != "" {
		title = i18n.T(l, i18n.ConsoleProductEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: productEditForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	sku := f("sku", i18n.T(l, i18n.ConsoleProductSKU), i18n.T(l, i18n.ConsoleProductSKUHint))
	sku.Required, sku.Disabled = true, e.Product.SKU != ""
	price := f("price", i18n.T(l, i18n.ConsoleProductPrice), i18n.T(l, i18n.ConsolePriceHint))
	price.Required = true
	if e.draft.HQPrice != nil && !e.HQ {
		price.Hint, price.ReadOnly = i18n.T(l, i18n.ConsoleProductOwnAllowed), e.draft.PriceLocked()
		if price.ReadOnly {
			price.Hint = i18n.T(l, i18n.ConsoleProductPriceLocked)
		}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(productEditForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			sku.input("text", e.draft.SKU, e.ValueTo(&e.draft.SKU)),
			localized(l, productEditForm, "name", i18n.T(l, i18n.ConsoleProductName), i18n.T(l, i18n.ConsoleCategoryNameHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Name[i], e.ValueTo(&e.draft.Name[i])) }),
			e.chainWord(l),
			app.Div().Class("cs-row").Body(
				price.decimal(e.draft.Price, e.ValueTo(&e.draft.Price)),
				f("unit", i18n.T(l, i18n.ConsoleProductUnit), i18n.T(l, i18n.ConsoleProductUnitHint)).input("text", e.draft.Unit, e.ValueTo(&e.draft.Unit)),
			),
			app.If(e.HQ, func() app.UI { return e.forStores(l) }),
			f("barcode", i18n.T(l, i18n.ConsoleProductBarcode), i18n.T(l, i18n.ConsoleProductBarcodeHint)).number(e.draft.Barcode, e.ValueTo(&e.draft.Barcode)),
			app.Div().Class("cs-row").Body(
				categoryPicker(l, f("category", i18n.T(l, i18n.ConsoleCategory), i18n.T(l, i18n.ConsoleCategoryHint)), e.Categories, e.draft.Category, e.ValueTo(&e.draft.Category)),
				f("aisle", i18n.T(l, i18n.ConsoleProductAisle), i18n.T(l, i18n.ConsoleOptional)).input("text", e.draft.Aisle, e.ValueTo(&e.draft.Aisle)),
			),
			&ImageField{API: e.API, Locale: l, Form: productEditForm, URL: e.draft.Image, Err: e.problems.In(l, "image"),
				OnChange: func(ctx app.Context, url string) { e.draft.Image = url; delete(e.problems, "image") }},
			problemCount(l, e.problems),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSave), e.busy),
				button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, ev app.Event) {
					if e.OnClose != nil {
						e.OnClose(ctx)
					}
				}),
			),
		),
	)
}

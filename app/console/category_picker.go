package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/content"
	"storecast/app/i18n"
)

// categoryPicker is a <select> of the store's categories, with "No
// category" first. A value that is no longer a category stays an option
// (shown by its id), so opening and saving an item never drops it unseen.
func categoryPicker(l string, fl field, cats []content.Category, value string, on app.EventHandler) app.UI {
	known := value == ""
	for _, c := range cats {
		known = known || c.ID == value
	}
	sel := app.Select().ID(fl.id()).Name(fl.Name).Class("cs-input").OnChange(on).Body(
		app.Option().Value("").Selected(value == "").Text(i18n.T(l, i18n.ConsoleCategoryNone)),
		app.Range(cats).Slice(func(i int) app.UI {
			c := cats[i]
			return app.Option().Value(c.ID).Selected(c.ID == value).Text(c.Name.In(l))
		}),
		app.If(!known, func() app.UI { return app.Option().Value(value).Selected(true).Text(value) }),
	)
	for k, v := range fl.attrs() {
		sel = sel.Attr(k, v)
	}
	return fl.box(sel)
}

// categoryName is the name of category id in l, or the id itself when it
// is not among cats.
func categoryName(l string, cats []content.Category, id string) string {
	for _, c := range cats {
		if c.ID == id {
			return c.Name.In(l)
		}
	}
	return id
}

// loadCategories fills *into with the store's categories, for a view whose
// items name one. Failing, the picker offers none but keeps each item's.
func loadCategories(ctx app.Context, api *client.Client, into *[]content.Category) {
	ctx.Async(func() {
		if cs, err := api.Categories(ctx); err == nil {
			ctx.Dispatch(func(app.Context) { *into = cs })
		}
	})
}

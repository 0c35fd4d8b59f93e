package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/explain"
	"storecast/app/i18n"
)

// ProductImport uploads a product CSV file; a file with bad lines changes
// nothing and every bad line is listed in the user's language. It is a
// part of the Products view, under the list, beside the export.
type ProductImport struct {
	app.Compo
	API    *client.Client
	Locale string

	file    app.Value
	busy    bool
	rows    []content.ImportError
	note    string
	problem form.Problem
}

const productForm = "products"

func (v *ProductImport) picked(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	v.file = nil
	if files.Truthy() && files.Length() > 0 {
		v.file = files.Index(0)
	}
	v.problem = form.Problem{}
}

func (v *ProductImport) upload(ctx app.Context) {
	if v.busy {
		return
	}
	if v.file == nil {
		v.problem, v.rows, v.note = form.Problem{ID: i18n.ConsoleProductsNoFile}, nil, ""
		focusField(ctx, productForm, "file")
		return
	}
	v.busy, v.problem, v.rows, v.note = true, form.Problem{}, nil, ""
	file, l := v.file, v.Locale
	ctx.Async(func() {
		res, rows, err := v.API.ImportProducts(ctx, file, l)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			switch {
			case err != nil:
				v.problem = ProblemsOf(err)[""]
			case len(rows) > 0:
				v.rows = rows
			default:
				v.note = i18n.T(v.Locale, i18n.ConsoleProductsDone, "Added", res.Added, "Updated", res.Updated)
			}
		})
	})
}

func (v *ProductImport) Render() app.UI {
	l := v.Locale
	fl := field{Form: productForm, Name: "file", Label: i18n.T(l, i18n.ConsoleProductsFile), Hint: i18n.T(l, i18n.ConsoleProductsIntro), Err: v.problem.In(l)}
	in := app.Input().ID(fl.id()).Name("file").Type("file").Class("cs-input cs-file").
		Accept(".csv,text/csv").OnChange(v.picked)
	for k, val := range fl.attrs() {
		in = in.Attr(k, val)
	}
	return app.Section().Class("cs-import").Aria("labelledby", "products-import-title").Body(
		app.H2().ID("products-import-title").Text(i18n.T(l, i18n.ConsoleProductsTitle)),
		app.Form().ID(productForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(v.upload)).Body(
			fl.box(in),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleProductsUpload), v.busy),
				app.A().ID("products-export").Class("cs-btn").Href(client.ProductExportURL).Attr("download", "products.csv").
					Text(i18n.T(l, i18n.ConsoleProductsExport)),
			),
		),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		app.Div().Class("cs-alert-slot").Attr("role", "alert").Body(
			app.If(len(v.rows) > 0, func() app.UI {
				return app.Div().Class("cs-import-errors").Body(
					app.P().Class("cs-err cs-form-err").Text(i18n.T(l, i18n.ConsoleProductsErrors)),
					app.Ul().Class("cs-import-rows").Body(app.Range(v.rows).Slice(func(i int) app.UI {
						return app.Li().Class("cs-import-row").Text(explain.Line(l, v.rows[i]))
					})),
				)
			}),
		),
	)
}

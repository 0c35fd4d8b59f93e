package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

const brandForm = "brand"

// BrandView is the admin's view of the store's brand: its name in each
// language, logo and colours, with a preview that follows every
// keystroke. Saving shows it on every screen at once.
type BrandView struct {
	app.Compo
	API     *client.Client
	Locale  string
	OnSaved func(ctx app.Context, b content.Brand) // the console's header follows

	names         [3]string // by content.Locales
	logo          string
	color, accent string
	loaded, busy  bool
	saved         bool
	problems      form.Problems
}

func (v *BrandView) OnMount(ctx app.Context) {
	ctx.Async(func() {
		b, err := v.API.Brand(ctx)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				v.problems = ProblemsOf(err)
				return
			}
			for i, l := range content.Locales {
				v.names[i] = b.Name[l]
			}
			v.logo, v.color, v.accent, v.loaded = b.Logo, b.Color, b.Accent, true
		})
	})
}

// draft is the brand as the form has it now.
func (v *BrandView) draft() content.Brand {
	b := content.Brand{Name: content.Text{}, Logo: v.logo, Color: v.color, Accent: v.accent}
	for i, l := range content.Locales {
		if v.names[i] != "" {
			b.Name[l] = v.names[i]
		}
	}
	return b
}

func (v *BrandView) submit(ctx app.Context) {
	b := v.draft()
	if err := b.Validate(); err != nil {
		v.problems, v.saved = fieldProblems(err), false
		return
	}
	v.busy, v.saved = true, false
	ctx.Async(func() {
		err := v.API.SetBrand(ctx, b)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			if err != nil {
				v.problems = ProblemsOf(err)
				return
			}
			v.problems, v.saved = nil, true
			if v.OnSaved != nil {
				v.OnSaved(ctx, b)
			}
		})
	})
}

func (v *BrandView) Render() app.UI {
	l := v.Locale
	colour := func(name, label string, value *string) app.UI {
		fl := field{Form: brandForm, Name: name, Label: label, Hint: i18n.T(l, i18n.ConsoleBrandColorHint),
			Err: v.problems.In(l, name), Required: true, AutoComplete: "off"}
		return fl.input("text", *value, v.ValueTo(value))
	}
	return app.Section().Class("cs-view cs-brand-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleBrandTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleBrandIntro)),
		app.If(v.loaded, func() app.UI {
			return app.Form().ID(brandForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(v.submit)).Body(
				localized(l, brandForm, "name", i18n.T(l, i18n.ConsoleBrandName), i18n.T(l, i18n.ConsoleBrandNameHint), v.problems,
					func(i int, fl field) app.UI { return fl.input("text", v.names[i], v.ValueTo(&v.names[i])) }),
				&ImageField{API: v.API, Locale: l, Form: brandForm, URL: v.logo, Err: v.problems.In(l, "logo"), Logo: true,
					OnChange: func(ctx app.Context, url string) { v.logo = url; delete(v.problems, "logo") }},
				app.Div().Class("cs-row").Body(
					colour("color", i18n.T(l, i18n.ConsoleBrandColor), &v.color),
					colour("accent", i18n.T(l, i18n.ConsoleBrandAccent), &v.accent),
				),
				brandPreview(l, v.draft()),
				formErr(v.problems.In(l, "")),
				app.P().Class("cs-note").Attr("role", "status").Text(map[bool]string{true: i18n.T(l, i18n.ConsoleBrandSaved)}[v.saved]),
				submit(i18n.T(l, i18n.ConsoleBrandSave), v.busy),
			)
		}),
		app.If(!v.loaded, func() app.UI { return formErr(v.problems.In(l, "")) }),
	)
}

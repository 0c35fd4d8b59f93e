package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// localized is one text in each language: a group whose title names the
// text, one control per language labelled in that language's own name.
func localized(l, formID, name, legend, hint string, ps form.Problems, control func(i int, f field) app.UI) app.UI {
	return localizedIn("", l, formID, name, legend, hint, ps, control)
}

// localizedIn is localized with its controls' handlers in scope (see
// field.Scope).
func localizedIn(scope, l, formID, name, legend, hint string, ps form.Problems, control func(i int, f field) app.UI) app.UI {
	err, id := ps.In(l, name), fieldID(formID, name)
	class := "cs-group"
	if err != "" {
		class += " has-err"
	}
	return app.Div().ID(id).Class(class).Attr("role", "group").Aria("labelledby", id+"-legend").Body(
		app.P().ID(id+"-legend").Class("cs-legend").Text(legend),
		app.If(hint != "", func() app.UI { return app.P().Class("cs-hint").Text(hint) }),
		errText(fieldID(formID, name)+"-err", err),
		app.Range(content.Locales).Slice(func(i int) app.UI {
			loc := content.Locales[i]
			f := field{
				Form: formID, Name: name + "." + loc, Lang: loc,
				Label: i18n.Name(loc), Err: ps.In(l, name+"."+loc), Scope: scope,
			}
			if err != "" {
				f.GroupErr = id + "-err"
			}
			return control(i, f)
		}),
	)
}

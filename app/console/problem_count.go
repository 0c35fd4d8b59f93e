package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/form"
	"storecast/app/i18n"
)

// problemCount is a form's live region: how many fields a refused save
// found at fault, read out as it appears, while focus moves to the first
// of them (whose own problem its aria-describedby reads). It is always in
// the page, as a live region must be before it changes. A problem with
// the form as a whole is formErr's.
func problemCount(l string, ps form.Problems) app.UI {
	n := len(ps)
	if _, whole := ps[""]; whole {
		n--
	}
	text := ""
	if n > 0 {
		text = i18n.N(l, i18n.ConsoleFormProblemsN, n)
	}
	return app.P().Class("cs-problem-count").Attr("role", "status").Text(text)
}

// focusFirst moves focus to the first field of order with a problem;
// controls whose id is not the field's name are in alias ("title" is a
// group whose first control is "title.zh-Hans").
func focusFirst(ctx app.Context, formID string, ps form.Problems, order []string, alias map[string]string) {
	f, ok := ps.First(order...)
	if !ok || f == "" {
		return
	}
	if a, ok := alias[f]; ok {
		f = a
	}
	focusField(ctx, formID, f)
}

package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// button is a real <button>; kind is "primary", "danger" or "" (plain).
func button(kind, text string, busy bool, on app.EventHandler) app.HTMLButton {
	class := "cs-btn"
	if kind != "" {
		class += " cs-btn-" + kind
	}
	return app.Button().Type("button").Class(class).Disabled(busy).Aria("busy", strconv.FormatBool(busy)).Text(text).OnClick(on)
}

// confirmBox asks before a destructive action: question, the danger
// button yes (busy while it runs), and Cancel, which empties *confirming.
func confirmBox(l, question, yes string, busy bool, onYes app.EventHandler, confirming *string) app.UI {
	return app.Div().Class("cs-confirm").Body(
		app.P().Text(question),
		app.Div().Class("cs-actions").Body(
			button("danger", yes, busy, onYes),
			button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, e app.Event) { *confirming = "" }),
		),
	)
}

// submit is a form's submit button.
func submit(text string, busy bool) app.HTMLButton {
	return app.Button().Type("submit").Class("cs-btn cs-btn-primary").Disabled(busy).Aria("busy", strconv.FormatBool(busy)).Text(text)
}

// onSubmit handles a form's submit without the browser's page load.
func onSubmit(h func(ctx app.Context)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		h(ctx)
	}
}

// itemButton is a button of one item in a list, key naming the item.
// go-app keeps an element's handler while its code is the same, so a
// closure over the item would act on whatever item first sat in that
// row; the scope makes it change with the key, and handlers find the
// item by key when clicked, so an edited item is never acted on stale.
func itemButton(kind, text string, busy bool, key string, on app.EventHandler) app.HTMLButton {
	return button(kind, text, busy, nil).OnClick(on, app.EventScope(key))
}

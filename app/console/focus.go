package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// focusField moves focus to a form's control, after the render that shows
// its problem, so a screen reader reads the problem at once.
func focusField(ctx app.Context, formID, name string) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(fieldID(formID, name)); el.Truthy() {
			el.Call("focus")
		}
	})
}

// focusID focuses an element after the next render.
func focusID(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// clearFields empties controls whose model was just reset. go-app
// v10.1.11 never writes an empty "value": its attributes.Set drops it and
// removes the attribute, which leaves the typed text in the control.
func clearFields(ctx app.Context, formID string, names ...string) {
	fillFields(ctx, formID, func(string) string { return "" }, names...)
}

// fillFields writes value(name) into each named control after the next
// render, for controls go-app reused for other data (a row below the one
// removed): besides never writing "", it writes a value only when it
// differs from the one it rendered there, not from what was typed since.
func fillFields(ctx app.Context, formID string, value func(name string) string, names ...string) {
	ctx.Defer(func(app.Context) {
		for _, n := range names {
			if el := app.Window().GetElementByID(fieldID(formID, n)); el.Truthy() {
				el.Set("value", value(n))
			}
		}
	})
}

// typedValue renders value into the control id, except while the control
// has focus. A render shows the draft as the last input event left it;
// keys typed since (a scanner types a code in a few milliseconds) are in
// the control but not yet in the draft, and writing the draft back would
// drop them. What is typed is the control's own until focus leaves;
// clearFields and fillFields write into it when a form resets it.
func typedValue[T interface{ Attr(string, any) T }](el T, id, value string) T {
	if app.IsClient && app.Window().Get("document").Get("activeElement").Get("id").String() == id {
		return el
	}
	return el.Attr("value", value)
}

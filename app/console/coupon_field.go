package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// number is a short text input for a whole number, with the phone's
// number pad.
func (f field) number(value string, on app.EventHandler) app.UI {
	in := app.Input().ID(f.id()).Name(f.Name).Type("text").Class("cs-input cs-input-short").
		Attr("inputmode", "numeric").Attr("value", value).Required(f.Required).OnInput(on)
	for k, v := range f.attrs() {
		in = in.Attr(k, v)
	}
	return f.box(in)
}

package kiosk

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// inert makes el inert when on. The attribute is left out otherwise:
// go-app writes a false boolean as inert="false", which is still inert.
func inert[T interface {
	app.UI
	Attr(string, any) T
}](el T, on bool) app.UI {
	if on {
		return el.Attr("inert", true)
	}
	return el
}

package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// viewTitle is a view's heading; focusable so moving between views can
// put focus (and a screen reader) on it.
func viewTitle(text string) app.UI {
	return app.H1().ID("cs-view-title").Class("cs-view-title").TabIndex(-1).Text(text)
}

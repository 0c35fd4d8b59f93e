package kiosk

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// view is one screen as the page shows and says it: its title, what is
// read after the title, the choices it offers, and its content.
type view struct {
	name    Screen
	title   string
	say     []string // read after the title, before the choices
	slow    string   // read slowly after say: a code to note down
	choices []string // the labels of the screen's choices, in order
	focus   string   // id of the element to focus when it opens; "" the title
	body    []app.UI
	route   Route
	now     time.Time // in the store's zone: what dates are said from
}

// link adds a choice that goes to another screen.
func (v *view) link(label, hint string, to Route) app.UI {
	return v.tile(to, "", nil, label, hint)
}

// tile adds a choice that goes to another screen, with a picture (nil:
// none) above its label and lines under it; what it says is all of them.
func (v *view) tile(to Route, class string, pic app.UI, label string, lines ...string) app.UI {
	v.choices = append(v.choices, label)
	words := []string{label}
	body := []app.UI{pic, app.Span().Class("sc-choice-label").Text(label)}
	for _, line := range lines {
		if line != "" {
			words = append(words, line)
			body = append(body, app.Span().Class("sc-choice-hint").Text(line))
		}
	}
	return app.A().Class(strings.TrimSpace("sc-choice "+class)).Href(to.URL()).
		DataSet("say", strings.Join(words, sentenceSep(v.route.Locale))).Body(body...)
}

// button adds a choice that acts on this screen.
func (v *view) button(id, class, label string, onClick app.EventHandler) app.UI {
	v.choices = append(v.choices, label)
	return app.Button().ID(id).Type("button").Class("sc-choice " + class).Text(label).OnClick(onClick)
}

// add appends content.
func (v *view) add(ui ...app.UI) { v.body = append(v.body, ui...) }

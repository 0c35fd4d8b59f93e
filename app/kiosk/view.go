package kiosk

import (
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
func (v *view) link(label, hint string, to Route, extra ...app.UI) app.UI {
	v.choices = append(v.choices, label)
	say := label
	if hint != "" {
		say = label + sentenceSep(v.route.Locale) + hint
	}
	body := append([]app.UI{}, extra...)
	body = append(body, app.Span().Class("sc-choice-label").Text(label))
	if hint != "" {
		body = append(body, app.Span().Class("sc-choice-hint").Text(hint))
	}
	return app.A().Class("sc-choice").Href(to.URL()).DataSet("say", say).Body(body...)
}

// button adds a choice that acts on this screen.
func (v *view) button(id, class, label string, onClick app.EventHandler) app.UI {
	v.choices = append(v.choices, label)
	return app.Button().ID(id).Type("button").Class("sc-choice " + class).Text(label).OnClick(onClick)
}

// add appends content.
func (v *view) add(ui ...app.UI) { v.body = append(v.body, ui...) }

// paged returns the part of n items that elder mode shows on page (all of
// them otherwise), and the page "More" leads to (-1: no More choice).
// A page holds MaxChoices items, or one fewer when a More choice is needed,
// so a screen never offers more than MaxChoices.
func paged(n int, elder bool, page int) (from, to, next, pages int) {
	if !elder || n <= MaxChoices {
		return 0, n, -1, 1
	}
	per := MaxChoices - 1
	pages = (n + per - 1) / per
	page %= pages
	from = page * per
	to = min(from+per, n)
	return from, to, (page + 1) % pages, pages
}

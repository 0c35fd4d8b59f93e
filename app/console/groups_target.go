package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// groupsTarget is which screens something is for: the whole store, or the
// groups named in a text field. Overrides and promotions both use it, so
// they look, read and complain alike.
type groupsTarget struct {
	Form     string
	ToGroups bool   // "some groups" is chosen
	Groups   string // as typed
	Err      string // the groups' problem, in the page's language
	Pick     func(toGroups bool) app.EventHandler
	Typed    app.EventHandler
}

func (g groupsTarget) render(l string) app.UI {
	targets := [][2]string{{"store", i18n.T(l, i18n.ConsoleWholeStore)}, {"groups", i18n.T(l, i18n.ConsoleTargetGroups)}}
	target := "store"
	if g.ToGroups {
		target = "groups"
	}
	return app.Div().Class("cs-target").Body(
		field{Form: g.Form, Name: "target", Label: i18n.T(l, i18n.ConsoleTarget)}.
			radios(target, targets, func(v string) app.EventHandler { return g.Pick(v == "groups") }),
		app.If(g.ToGroups, func() app.UI {
			return field{Form: g.Form, Name: "groups", Label: i18n.T(l, i18n.ConsoleGroups),
				Hint: i18n.T(l, i18n.ConsoleGroupsHint), Err: g.Err}.
				input("text", g.Groups, g.Typed)
		}),
	)
}

// targetLabel names the screens a list of groups targets.
func targetLabel(l string, groups []string) string {
	if len(groups) == 0 {
		return i18n.T(l, i18n.ConsoleWholeStore)
	}
	return joinList(l, groups)
}

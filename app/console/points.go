package console

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// pointsTab is one section of the Points view and the roles the server
// lets use it.
type pointsTab struct {
	key, label string
	roles      []string
}

// pointsTabs are the Points view's sections, in order; a role's first is
// where it opens. A new section of the points programme is one more row.
var pointsTabs = []pointsTab{
	{"till", i18n.ConsolePtTill, []string{rest.RoleAdmin, rest.RoleCashier}},
	{"rules", i18n.ConsolePtRules, []string{rest.RoleAdmin, rest.RoleEditor}},
	{"catalogue", i18n.ConsolePtCatalogue, []string{rest.RoleAdmin, rest.RoleEditor}},
	{"members", i18n.ConsolePtMembers, []string{rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier}},
}

// PointsView is the points programme: the cashier's till and member
// lookup, and the editor's earning rules and catalogue, as tabs.
type PointsView struct {
	app.Compo
	API    *client.Client
	Locale string
	Role   string
	// AtChainStore: the rules are head office's, shown read-only.
	AtChainStore bool

	tab string
}

func (v *PointsView) tabs() []pointsTab {
	var out []pointsTab
	for _, t := range pointsTabs {
		if slices.Contains(t.roles, v.Role) {
			out = append(out, t)
		}
	}
	return out
}

func (v *PointsView) Render() app.UI {
	l := v.Locale
	tabs := v.tabs()
	if len(tabs) == 0 {
		return app.Section().Class("cs-view")
	}
	current := tabs[0].key
	for _, t := range tabs {
		if t.key == v.tab {
			current = t.key
		}
	}
	return app.Section().Class("cs-view cs-points").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavPoints)),
		app.Div().Class("cs-actions cs-sg-tabs").Attr("role", "group").Aria("label", i18n.T(l, i18n.ConsolePtTabs)).Body(
			app.Range(tabs).Slice(func(i int) app.UI {
				t := tabs[i]
				return button("", i18n.T(l, t.label), false, func(ctx app.Context, e app.Event) { v.tab = t.key }).
					ID("pt-tab-"+t.key).Class("cs-btn cs-sg-tab").Aria("pressed", strconv.FormatBool(current == t.key))
			}),
		),
		v.body(current),
	)
}

func (v *PointsView) body(tab string) app.UI {
	l := v.Locale
	switch tab {
	case "till":
		return &PointsTill{API: v.API, Locale: l}
	case "members":
		return &PointsMemberView{API: v.API, Locale: l}
	case "rules":
		return &PointsRulesEditor{API: v.API, Locale: l, ReadOnly: v.AtChainStore}
	case "catalogue":
		return &PointsCatalogue{API: v.API, Locale: l}
	}
	return nil
}

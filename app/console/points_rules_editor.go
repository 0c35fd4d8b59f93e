package console

import (
	"errors"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsRulesEditor changes the earning rules: points a yuan, how long
// points last, a cap per receipt, each category's multiplier and the
// campaigns that multiply while they run. In a chain store they are head
// office's: shown, with why they cannot be changed here.
type PointsRulesEditor struct {
	app.Compo
	API      *client.Client
	Locale   string
	ReadOnly bool

	rules    rest.PointsRules
	draft    form.PointsRulesDraft
	loaded   bool
	atHQ     bool // the server said 409 rules_at_hq
	problems form.Problems
	busy     bool
	note     string
	// rows counts the times a row list got a new array: the rows'
	// handlers hold pointers into it (see PlaylistEditor.slices).
	rows int
}

const rulesForm = "rules"

func (e *PointsRulesEditor) OnMount(ctx app.Context) {
	ctx.Async(func() {
		r, err := e.API.PointsRules(ctx)
		ctx.Dispatch(func(ctx app.Context) {
			e.loaded = true
			if err != nil {
				e.problems = ProblemsOf(err)
				return
			}
			e.set(r)
		})
	})
}

func (e *PointsRulesEditor) set(r rest.PointsRules) {
	e.rules, e.draft = r, form.NewPointsRulesDraft(r, storeZone)
	e.rows++
}

func (e *PointsRulesEditor) save(ctx app.Context) {
	r, ps := e.draft.Input(storeZone)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	draft := e.draft
	e.note = ""
	saveThen(ctx, &e.busy, func() (rest.PointsRules, error) { return e.API.SavePointsRules(ctx, r) },
		func(ctx app.Context, err error) {
			var ae *client.APIError
			if errors.As(err, &ae) && ae.Code == "rules_at_hq" {
				e.atHQ = true
			}
			e.show(ctx, problemsOf(err, draft.Refused))
		},
		func(ctx app.Context, r rest.PointsRules) {
			e.set(r)
			e.problems, e.note = nil, i18n.T(e.Locale, i18n.ConsolePtRulesSaved)
		})
}

func (e *PointsRulesEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	if f, ok := ps.First(e.draft.Fields()...); ok && f != "" {
		focusField(ctx, rulesForm, f)
	}
}

func (e *PointsRulesEditor) Render() app.UI {
	l := e.Locale
	if e.ReadOnly || e.atHQ {
		return app.Div().Class("cs-pt-rules").Body(
			app.H2().Text(i18n.T(l, i18n.ConsolePtRules)),
			app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleErrRulesAtHQ)),
			formErr(e.problems.In(l, "")),
			app.If(e.loaded, func() app.UI { return pointsRulesSummary(l, e.rules) }),
		)
	}
	f := func(name, label, hint string) field {
		return field{Form: rulesForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	return app.Div().Class("cs-pt-rules").Body(
		app.H2().Text(i18n.T(l, i18n.ConsolePtRules)),
		app.P().Class("cs-note").Attr("role", "status").Text(e.note),
		app.Form().ID(rulesForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			app.Div().Class("cs-row").Body(
				f("points_per_yuan", i18n.T(l, i18n.ConsolePtPerYuan), i18n.T(l, i18n.ConsolePtPerYuanHint)).number(e.draft.PerYuan, e.ValueTo(&e.draft.PerYuan)),
				f("expiry_days", i18n.T(l, i18n.ConsolePtExpiry), i18n.T(l, i18n.ConsolePtExpiryHint)).number(e.draft.Expiry, e.ValueTo(&e.draft.Expiry)),
				f("cap_per_receipt", i18n.T(l, i18n.ConsolePtCap), i18n.T(l, i18n.ConsolePtCapHint)).number(e.draft.Cap, e.ValueTo(&e.draft.Cap)),
			),
			e.categories(),
			e.campaigns(),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(submit(i18n.T(l, i18n.ConsoleSave), e.busy || !e.loaded)),
		),
	)
}

// rowField is a field of row i of a list, scoped to the list's array.
func (e *PointsRulesEditor) rowField(list string, i int, name, label string) field {
	n := list + "." + strconv.Itoa(i) + "." + name
	return field{Form: rulesForm, Name: n, Label: label, Err: e.problems.In(e.Locale, n), Scope: strconv.Itoa(e.rows)}
}

func (e *PointsRulesEditor) categories() app.UI {
	l := e.Locale
	rows := e.draft.Categories
	return app.FieldSet().ID(fieldID(rulesForm, "categories")).TabIndex(-1).Class("cs-group").Body(
		app.Legend().Class("cs-label").Text(i18n.T(l, i18n.ConsolePtCategories)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtCategoriesHint)),
		errText(fieldID(rulesForm, "categories")+"-err", e.problems.In(l, "categories")),
		// In a box of their own, so a row added or removed shifts no
		// sibling: go-app would rebuild the button below and lose focus.
		app.Div().Class("cs-pt-rows").Body(app.Range(rows).Slice(func(i int) app.UI {
			r := &e.draft.Categories[i]
			return app.Div().Class("cs-row cs-pt-row").Body(
				e.rowField("categories", i, "id", i18n.T(l, i18n.ConsolePtCategoryID, "N", i+1)).input("text", r.ID, e.ValueTo(&r.ID)),
				e.rowField("categories", i, "percent", i18n.T(l, i18n.ConsolePtPercent, "N", i+1)).number(r.Percent, e.ValueTo(&r.Percent)),
				button("danger", i18n.T(l, i18n.ConsoleSgRemove), false, e.removeCategory(i)).
					Aria("label", i18n.T(l, i18n.ConsolePtRemoveCategory, "N", i+1)),
			)
		})),
		button("", i18n.T(l, i18n.ConsolePtAddCategory), false, func(ctx app.Context, ev app.Event) {
			e.draft.Categories = append(e.draft.Categories, form.PointsCategoryRow{Percent: "200"})
			e.rows++
			focusField(ctx, rulesForm, "categories."+strconv.Itoa(len(e.draft.Categories)-1)+".id")
		}).ID("rules-add-category"),
	)
}

func (e *PointsRulesEditor) removeCategory(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		e.draft.Categories = append(e.draft.Categories[:i:i], e.draft.Categories[i+1:]...)
		e.rows++
		e.problems = nil // they name rows by place
		focusID(ctx, fieldID(rulesForm, "categories"))
	}
}

func (e *PointsRulesEditor) campaigns() app.UI {
	l := e.Locale
	rows := e.draft.Campaigns
	return app.FieldSet().ID(fieldID(rulesForm, "campaigns")).TabIndex(-1).Class("cs-group").Body(
		app.Legend().Class("cs-label").Text(i18n.T(l, i18n.ConsolePtCampaigns)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtCampaignsHint)),
		errText(fieldID(rulesForm, "campaigns")+"-err", e.problems.In(l, "campaigns")),
		// In a box of their own, so a row added or removed shifts no
		// sibling: go-app would rebuild the button below and lose focus.
		app.Div().Class("cs-pt-rows").Body(app.Range(rows).Slice(func(i int) app.UI {
			r := &e.draft.Campaigns[i]
			return app.Div().Class("cs-row cs-pt-row").Body(
				e.rowField("campaigns", i, "id", i18n.T(l, i18n.ConsolePtCampaignID, "N", i+1)).input("text", r.ID, e.ValueTo(&r.ID)),
				e.rowField("campaigns", i, "percent", i18n.T(l, i18n.ConsolePtPercent, "N", i+1)).number(r.Percent, e.ValueTo(&r.Percent)),
				e.rowField("campaigns", i, "from", i18n.T(l, i18n.ConsoleCampaignFrom)).input("datetime-local", r.From, e.ValueTo(&r.From)),
				e.rowField("campaigns", i, "to", i18n.T(l, i18n.ConsoleCampaignTo)).input("datetime-local", r.To, e.ValueTo(&r.To)),
				button("danger", i18n.T(l, i18n.ConsoleSgRemove), false, e.removeCampaign(i)).
					Aria("label", i18n.T(l, i18n.ConsolePtRemoveCampaign, "N", i+1)),
			)
		})),
		button("", i18n.T(l, i18n.ConsolePtAddCampaign), false, func(ctx app.Context, ev app.Event) {
			e.draft.Campaigns = append(e.draft.Campaigns, form.PointsCampaignRow{Percent: "200"})
			e.rows++
			focusField(ctx, rulesForm, "campaigns."+strconv.Itoa(len(e.draft.Campaigns)-1)+".id")
		}).ID("rules-add-campaign"),
	)
}

func (e *PointsRulesEditor) removeCampaign(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		e.draft.Campaigns = append(e.draft.Campaigns[:i:i], e.draft.Campaigns[i+1:]...)
		e.rows++
		e.problems = nil
		focusID(ctx, fieldID(rulesForm, "campaigns"))
	}
}

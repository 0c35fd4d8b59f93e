package console

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Markdowns is the editors' view of lots near their best-before date:
// each with the cut the store's rule suggests and why, to approve (the
// offer goes live on screens at once) or dismiss with one tap.
type Markdowns struct {
	app.Compo
	API    *client.Client
	Locale string

	list    rest.MarkdownList
	loaded  bool
	busy    string // the key of the lot being decided
	note    string
	problem form.Problem
}

func (v *Markdowns) OnMount(ctx app.Context) { v.load(ctx) }

func (v *Markdowns) load(ctx app.Context) {
	ctx.Async(func() {
		list, err := v.API.Markdowns(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = list, form.Problem{}
		})
	})
}

// decide approves or dismisses s's lot, says what happened, and reloads.
func (v *Markdowns) decide(ctx app.Context, s rest.MarkdownSuggestion, approve bool) {
	l, key := v.Locale, s.SKU+"/"+s.BestBefore
	v.busy, v.note = key, ""
	ctx.Async(func() {
		var err error
		note := i18n.T(l, i18n.ConsoleMdDismissed, "Name", s.Name.In(l), "Date", s.BestBefore)
		if approve {
			var a rest.MarkdownApproved
			a, err = v.API.ApproveMarkdown(ctx, s.SKU, s.BestBefore)
			note = i18n.T(l, i18n.ConsoleMdApproved, "Name", s.Name.In(l), "Price", content.FormatPrice(a.Promotion.Price), "Date", s.BestBefore)
		} else {
			err = v.API.DismissMarkdown(ctx, s.SKU, s.BestBefore)
		}
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = ""
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.note = note
			v.load(ctx)
		})
	})
}

func (v *Markdowns) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view cs-markdowns").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavMarkdowns)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleMdIntro)),
		app.If(len(v.list.Rule) > 0, func() app.UI {
			return app.P().Class("cs-hint").ID("markdown-rule").Text(i18n.T(l, i18n.ConsoleMdRule, "Steps", ruleText(l, v.list.Rule)))
		}),
		formErr(v.problem.In(l)),
		app.P().Class("cs-note").ID("markdown-note").Attr("role", "status").Text(v.note),
		app.If(v.loaded && len(v.list.Suggestions) == 0, func() app.UI {
			return app.P().Class("cs-empty").ID("markdown-none").Text(i18n.T(l, i18n.ConsoleMdNone))
		}).ElseIf(len(v.list.Suggestions) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("cs-meta").ID("markdown-count").Text(i18n.N(l, i18n.ConsoleMdCount, len(v.list.Suggestions))),
				app.Ul().Class("cs-cards").ID("markdown-list").Aria("labelledby", "markdown-count").Body(
					app.Range(v.list.Suggestions).Slice(func(i int) app.UI { return app.Li().Body(v.card(v.list.Suggestions[i])) }),
				),
			)
		}),
	)
}

// card is one lot's suggestion: what, until when, the prices, why, and
// the two buttons.
func (v *Markdowns) card(s rest.MarkdownSuggestion) app.UI {
	l, name := v.Locale, s.Name.In(v.Locale)
	busy := v.busy == s.SKU+"/"+s.BestBefore
	price := content.FormatPrice(s.SuggestedPrice)
	fact := func(term string, value ...app.UI) app.UI {
		return app.P().Class("cs-fact").Body(app.Span().Class("cs-term").Text(i18n.T(l, term)), app.Span().Body(value...))
	}
	return app.Article().Class("cs-card cs-markdown-row").DataSet("sku", s.SKU).DataSet("best-before", s.BestBefore).Body(
		app.H2().Class("cs-card-title").Text(s.SKU+" · "+name),
		app.Div().Class("cs-facts").Body(
			fact(i18n.ConsoleMdBestBefore, app.Text(s.BestBefore)),
			fact(i18n.ConsoleMdLeft, app.Text(strconv.FormatInt(s.Quantity, 10))),
			fact(i18n.ConsoleMdPrice, app.Text(content.FormatPrice(s.Price)+" → "), app.Strong().Class("cs-price-now").Text(price)),
			fact(i18n.ConsoleMdWhy, app.Text(whyText(l, s))),
		),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleMdApprove), busy, func(ctx app.Context, e app.Event) { v.decide(ctx, s, true) }).
				Class("cs-md-approve").Aria("label", i18n.T(l, i18n.ConsoleMdApproveLabel, "Name", name, "Price", price, "Date", s.BestBefore)),
			button("", i18n.T(l, i18n.ConsoleMdDismiss), busy, func(ctx app.Context, e app.Event) { v.decide(ctx, s, false) }).
				Class("cs-md-dismiss").Aria("label", i18n.T(l, i18n.ConsoleMdDismissLabel, "Name", name, "Date", s.BestBefore)),
		),
	)
}

// whyText says in the staff's language why the rule suggests s's cut.
func whyText(l string, s rest.MarkdownSuggestion) string {
	if s.DaysLeft == 0 {
		return i18n.T(l, i18n.ConsoleMdWhyToday, "Percent", s.Percent)
	}
	return i18n.N(l, i18n.ConsoleMdWhyDays, s.DaysLeft, "Percent", s.Percent)
}

// ruleText writes the rule's steps, furthest from the date first.
func ruleText(l string, steps []rest.MarkdownStep) string {
	parts := make([]string, len(steps))
	for i, s := range steps {
		parts[len(steps)-1-i] = i18n.N(l, i18n.ConsoleMdStep, s.Days, "Percent", s.Percent)
	}
	return strings.Join(parts, i18n.T(l, i18n.ConsoleListSep))
}

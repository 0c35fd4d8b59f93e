package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsItemEditor adds or changes one item of the points catalogue:
// which coupon campaign it gives and for how many points.
type PointsItemEditor struct {
	app.Compo
	API     *client.Client
	Locale  string
	Item    rest.PointsItem // ID "": a new one
	OnSaved func(ctx app.Context, it rest.PointsItem)
	OnClose func(ctx app.Context)

	draft     form.PointsItemDraft
	campaigns []rest.CampaignWithReport
	problems  form.Problems
	busy      bool
}

const ptItemForm = "pt-item"

func (e *PointsItemEditor) OnMount(ctx app.Context) {
	e.draft = form.NewPointsItemDraft(e.Item)
	focusField(ctx, ptItemForm, "campaign")
	ctx.Async(func() {
		cs, err := e.API.Campaigns(ctx)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				e.problems = ProblemsOf(err)
				return
			}
			e.campaigns = cs
		})
	})
}

func (e *PointsItemEditor) save(ctx app.Context) {
	in, ps := e.draft.Input()
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	id, draft := e.Item.ID, e.draft
	saveThen(ctx, &e.busy, func() (rest.PointsItem, error) { return e.API.SavePointsItem(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, problemsOf(err, draft.Refused)) }, e.OnSaved)
}

func (e *PointsItemEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	if f, ok := ps.First(form.PointsItemFields...); ok && f != "" {
		focusField(ctx, ptItemForm, f)
	}
}

func (e *PointsItemEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsolePtItemNew)
	if e.Item.ID != "" {
		title = i18n.T(l, i18n.ConsolePtItemEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: ptItemForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name), Required: true}
	}
	return app.Div().Class("cs-pt-item-editor").Body(
		app.H2().Text(title),
		app.Form().ID(ptItemForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			e.campaignPicker(f("campaign", i18n.T(l, i18n.ConsolePtItemCampaign), i18n.T(l, i18n.ConsolePtItemCampaignHint))),
			f("price", i18n.T(l, i18n.ConsolePtItemPrice), i18n.T(l, i18n.ConsolePtItemPriceHint)).number(e.draft.Price, e.ValueTo(&e.draft.Price)),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSave), e.busy),
				button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, ev app.Event) {
					if e.OnClose != nil {
						e.OnClose(ctx)
					}
				}),
			),
		),
	)
}

// campaignPicker is the coupon campaign the item gives.
func (e *PointsItemEditor) campaignPicker(fl field) app.UI {
	l := e.Locale
	sel := app.Select().ID(fl.id()).Name(fl.Name).Class("cs-input").Required(true).OnChange(e.ValueTo(&e.draft.Campaign)).Body(
		app.Option().Value("").Selected(e.draft.Campaign == "").Text(i18n.T(l, i18n.ConsolePtItemPick)),
		app.Range(e.campaigns).Slice(func(i int) app.UI {
			c := e.campaigns[i]
			return app.Option().Value(c.ID).Selected(c.ID == e.draft.Campaign).Text(c.Title.In(l))
		}),
	)
	for k, v := range fl.attrs() {
		sel = sel.Attr(k, v)
	}
	return fl.box(sel)
}

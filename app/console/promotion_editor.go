package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// PromotionEditor creates or changes one promotion: title and text in each
// language, picture, price, validity, priority and the screens it is for.
type PromotionEditor struct {
	app.Compo
	API       *client.Client
	Locale    string
	Promotion content.Promotion // ID "": a new one
	// Categories are the store's, for the category field.
	Categories []content.Category
	OnSaved    func(ctx app.Context, p content.Promotion)
	OnClose    func(ctx app.Context)

	draft    form.PromotionDraft
	problems form.Problems
	busy     bool
}

const promoForm = "promo"

func (e *PromotionEditor) OnMount(ctx app.Context) {
	e.draft = form.NewPromotionDraft(e.Promotion, storeZone)
	if e.Promotion.ID == "" {
		e.draft.Priority = "100"
	}
	focusField(ctx, promoForm, "title.zh-Hans")
}

func (e *PromotionEditor) save(ctx app.Context) {
	in, ps := e.draft.Input(storeZone)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	id := e.Promotion.ID
	saveThen(ctx, &e.busy, func() (content.Promotion, error) { return e.API.SavePromotion(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *PromotionEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	f, _ := ps.First(form.PromotionFields...)
	switch f {
	case "":
		return
	case "title":
		f = "title.zh-Hans"
	case "image":
		f = "image-file"
	}
	focusField(ctx, promoForm, f)
}

func (e *PromotionEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsolePromotionNew)
	if e.Promotion.ID != "" {
		title = i18n.T(l, i18n.ConsolePromotionEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: promoForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(promoForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			localized(l, promoForm, "title", i18n.T(l, i18n.ConsolePromoTitle), i18n.T(l, i18n.ConsolePromoTitleHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Title[i], e.ValueTo(&e.draft.Title[i])) }),
			localized(l, promoForm, "body", i18n.T(l, i18n.ConsolePromoBody), "", e.problems,
				func(i int, fl field) app.UI { return fl.textarea(e.draft.Body[i], 3, e.ValueTo(&e.draft.Body[i])) }),
			&ImageField{API: e.API, Locale: l, Form: promoForm, URL: e.draft.Image, Err: e.problems.In(l, "image"),
				OnChange: func(ctx app.Context, url string) { e.draft.Image = url; delete(e.problems, "image") }},
			app.Div().Class("cs-row").Body(
				f("price", i18n.T(l, i18n.ConsolePromoPrice), i18n.T(l, i18n.ConsolePriceHint)).decimal(e.draft.Price, e.ValueTo(&e.draft.Price)),
				f("was_price", i18n.T(l, i18n.ConsolePromoWasPrice), i18n.T(l, i18n.ConsoleWasPriceHint)).decimal(e.draft.WasPrice, e.ValueTo(&e.draft.WasPrice)),
			),
			app.Div().Class("cs-row").Body(
				f("valid_from", i18n.T(l, i18n.ConsolePromoFrom), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.draft.From, e.ValueTo(&e.draft.From)),
				f("valid_to", i18n.T(l, i18n.ConsolePromoTo), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.draft.To, e.ValueTo(&e.draft.To)),
			),
			categoryPicker(l, f("category", i18n.T(l, i18n.ConsoleCategory), i18n.T(l, i18n.ConsoleCategoryHint)),
				e.Categories, e.draft.Category, e.ValueTo(&e.draft.Category)),
			f("priority", i18n.T(l, i18n.ConsolePromoPriority), i18n.T(l, i18n.ConsolePriorityHint)).decimal(e.draft.Priority, e.ValueTo(&e.draft.Priority)),
			groupsTarget{Form: promoForm, ToGroups: e.draft.ToGroups, Groups: e.draft.Groups, Err: e.problems.In(l, "groups"),
				Pick: func(to bool) app.EventHandler {
					return func(ctx app.Context, ev app.Event) { e.draft.ToGroups = to }
				},
				Typed: e.ValueTo(&e.draft.Groups)}.render(l),
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

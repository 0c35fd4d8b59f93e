package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Promotions lists every promotion and opens the editor for a new or an
// existing one.
type Promotions struct {
	app.Compo
	API    *client.Client
	Locale string

	list       []content.Promotion
	cats       []content.Category // for the editor's category field
	loaded     bool
	editing    *content.Promotion // nil: the list; ID "": a new one
	confirming string             // id asked to delete
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context // the view's own: a child's dies with the child
}

func (v *Promotions) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
	loadCategories(ctx, v.API, &v.cats)
}

func (v *Promotions) load() {
	ctx := v.ctx
	ctx.Async(func() {
		ps, err := v.API.Promotions(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = ps, form.Problem{}
		})
	})
}

func (v *Promotions) open(p content.Promotion) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.editing, v.note, v.confirming = &p, "", ""
	}
}

func (v *Promotions) saved(ctx app.Context, p content.Promotion) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", p.Title.In(v.Locale))
	v.load()
	focusID(ctx, "cs-view-title")
}

func (v *Promotions) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

func (v *Promotions) remove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = id
		ctx.Async(func() {
			err := v.API.DeletePromotion(ctx, id)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleDeleted)
				v.load()
			})
		})
	}
}

func (v *Promotions) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &PromotionEditor{API: v.API, Locale: l, Promotion: *v.editing, Categories: v.cats, OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavPromotions)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsolePromotionNew), false, v.open(content.Promotion{})).ID("promo-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.NoPromotions))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
	)
}

func (v *Promotions) card(p content.Promotion) app.UI {
	l := v.Locale
	title := p.Title.In(l)
	return app.Article().Class("cs-card cs-promo-card").DataSet("id", p.ID).Body(
		app.If(p.Image != "", func() app.UI {
			// Decorative: the title says what it is. (go-app drops an empty alt.)
			return app.Img().Class("cs-thumb").Src(p.Image).Attr("role", "presentation").Attr("loading", "lazy")
		}),
		app.Div().Class("cs-card-main").Body(
			app.H2().Class("cs-card-title").Text(title),
			app.P().Class("cs-price").Body(
				app.Span().Class("cs-price-now").Text(i18n.T(l, i18n.Price, "Price", content.FormatPrice(p.Price))),
				app.If(p.WasPrice > 0, func() app.UI {
					return app.Del().Text(i18n.T(l, i18n.WasPrice, "Price", content.FormatPrice(p.WasPrice)))
				}),
			),
			app.P().Class("cs-meta").Text(validity(l, p)+" · "+i18n.T(l, i18n.ConsolePriorityIs, "N", p.Priority)),
			app.P().Class("cs-meta cs-promo-target").Text(i18n.T(l, i18n.ConsolePromoScreens, "Target", targetLabel(l, p.Groups))),
			// Head office's items are read-only here (the server answers
			// 409 from_hq): say where it came from instead of offering
			// buttons that can only fail.
			app.If(p.FromHQ, func() app.UI {
				return app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleFromHQ))
			}).Else(func() app.UI {
				return app.Div().Class("cs-actions").Body(
					button("", i18n.T(l, i18n.ConsoleEdit), false, v.open(p)).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", title)),
					button("danger", i18n.T(l, i18n.ConsoleDelete), false, func(ctx app.Context, e app.Event) {
						v.confirming = p.ID
					}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", title)),
				)
			}),
			app.If(v.confirming == p.ID, func() app.UI {
				return confirmBox(l, i18n.T(l, i18n.ConsoleDeleteConfirm, "Name", title),
					i18n.T(l, i18n.ConsoleDeleteYes), v.busy == p.ID, v.remove(p.ID), &v.confirming)
			}),
		),
	)
}

package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsCatalogue lists what a member can get for points at the kiosk
// (each item a coupon campaign and its price), and adds, changes and
// removes items.
type PointsCatalogue struct {
	app.Compo
	API    *client.Client
	Locale string

	list       []rest.PointsItem
	loaded     bool
	editing    *rest.PointsItem // nil: the list; ID "": a new one
	confirming string           // id asked to delete
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *PointsCatalogue) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
}

func (v *PointsCatalogue) load() {
	ctx := v.ctx
	ctx.Async(func() {
		its, err := v.API.PointsItems(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = its, form.Problem{}
		})
	})
}

func (v *PointsCatalogue) open(it rest.PointsItem) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.editing, v.note, v.confirming, v.problem = &it, "", "", form.Problem{}
	}
}

func (v *PointsCatalogue) saved(ctx app.Context, it rest.PointsItem) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", it.Title.In(v.Locale))
	v.load()
	focusID(ctx, "pt-item-new")
}

func (v *PointsCatalogue) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "pt-item-new")
}

func (v *PointsCatalogue) remove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = id
		ctx.Async(func() {
			err := v.API.DeletePointsItem(ctx, id)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note, v.problem = i18n.T(v.Locale, i18n.ConsoleDeleted), form.Problem{}
				v.load()
				focusID(ctx, "pt-item-new")
			})
		})
	}
}

func (v *PointsCatalogue) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &PointsItemEditor{API: v.API, Locale: l, Item: *v.editing, OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Div().Class("cs-pt-catalogue").Body(
		app.H2().Text(i18n.T(l, i18n.ConsolePtCatalogue)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtCatalogueIntro)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsolePtItemNew), false, v.open(rest.PointsItem{})).ID("pt-item-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsolePtItemNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
	)
}

func (v *PointsCatalogue) card(it rest.PointsItem) app.UI {
	l := v.Locale
	title := it.Title.In(l)
	return app.Article().Class("cs-card cs-pt-item").DataSet("id", it.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H3().Class("cs-card-title").Text(title),
			app.Span().Class("cs-badge cs-pt-price").Text(i18n.T(l, i18n.ConsolePtPoints, "N", strconv.FormatInt(it.Price, 10))),
		),
		app.Div().Class("cs-actions").Body(
			itemButton("", i18n.T(l, i18n.ConsoleEdit), false, it.ID, v.open(it)).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", title)),
			itemButton("danger", i18n.T(l, i18n.ConsoleDelete), false, it.ID, func(ctx app.Context, e app.Event) {
				v.confirming, v.problem = it.ID, form.Problem{}
			}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", title)),
		),
		app.If(v.confirming == it.ID, func() app.UI {
			return confirmBox(l, i18n.T(l, i18n.ConsolePtItemDeleteConfirm, "Name", title),
				i18n.T(l, i18n.ConsoleDeleteYes), v.busy == it.ID, v.remove(it.ID), &v.confirming)
		}),
	)
}

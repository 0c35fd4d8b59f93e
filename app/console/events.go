package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Events lists the store events (活动) that have not ended, with their
// times on the store's clock, and opens the editor for a new or an
// existing one.
type Events struct {
	app.Compo
	API    *client.Client
	Locale string

	list       []content.StoreEvent
	loaded     bool
	editing    *content.StoreEvent // nil: the list; ID "": a new one
	confirming string
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *Events) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
}

func (v *Events) load() {
	ctx := v.ctx
	ctx.Async(func() {
		es, err := v.API.Events(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = es, form.Problem{}
		})
	})
}

func (v *Events) open(ev content.StoreEvent) {
	v.editing, v.note, v.confirming, v.problem = &ev, "", "", form.Problem{}
}

// openID opens the event with id as the list has it now.
func (v *Events) openID(id string) {
	for _, ev := range v.list {
		if ev.ID == id {
			v.open(ev)
		}
	}
}

func (v *Events) saved(ctx app.Context, ev content.StoreEvent) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", ev.Title.In(v.Locale))
	v.load()
	focusID(ctx, "cs-view-title")
}

func (v *Events) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

func (v *Events) remove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = id
		ctx.Async(func() {
			err := v.API.DeleteEvent(ctx, id)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleDeleted)
				v.load()
				focusID(ctx, "cs-view-title")
			})
		})
	}
}

func (v *Events) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &EventEditor{API: v.API, Locale: l, Event: *v.editing, OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavEvents)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleEventsIntro)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleEventNew), false, func(app.Context, app.Event) { v.open(content.StoreEvent{}) }).ID("event-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleEventsNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
	)
}

func (v *Events) card(ev content.StoreEvent) app.UI {
	l := v.Locale
	title := ev.Title.In(l)
	return app.Article().Class("cs-card cs-event-card").DataSet("id", ev.ID).Body(
		app.Div().Class("cs-card-main").Body(
			app.H2().Class("cs-card-title").Text(title),
			app.P().Class("cs-meta cs-event-when").Text(i18n.T(l, i18n.ConsoleEventWhen, "From", stamp(l, ev.StartsAt), "To", stamp(l, ev.EndsAt))),
			app.If(len(ev.Place) > 0, func() app.UI { return app.P().Class("cs-meta").Text(ev.Place.In(l)) }),
			app.Div().Class("cs-actions").Body(
				itemButton("", i18n.T(l, i18n.ConsoleEdit), false, ev.ID, func(app.Context, app.Event) { v.openID(ev.ID) }).
					Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", title)),
				itemButton("danger", i18n.T(l, i18n.ConsoleDelete), false, ev.ID, func(ctx app.Context, e app.Event) {
					v.confirming = ev.ID
				}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", title)),
			),
			app.If(v.confirming == ev.ID, func() app.UI {
				return confirmBox(l, i18n.T(l, i18n.ConsoleEventDeleteConfirm, "Name", title),
					i18n.T(l, i18n.ConsoleDeleteYes), v.busy == ev.ID, v.remove(ev.ID), &v.confirming)
			}),
		),
	)
}

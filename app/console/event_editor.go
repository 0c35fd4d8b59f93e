package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// EventEditor creates or changes one store event: title, description and
// place in each language, and when it starts and ends on the store's
// clock.
type EventEditor struct {
	app.Compo
	API     *client.Client
	Locale  string
	Event   content.StoreEvent // ID "": a new one
	OnSaved func(ctx app.Context, ev content.StoreEvent)
	OnClose func(ctx app.Context)

	draft    form.EventDraft
	problems form.Problems
	busy     bool
}

const eventForm = "event"

var eventAlias = map[string]string{"title": "title.zh-Hans"}

func (e *EventEditor) OnMount(ctx app.Context) {
	e.draft = form.NewEventDraft(e.Event, storeZone)
	focusField(ctx, eventForm, "title.zh-Hans")
}

func (e *EventEditor) save(ctx app.Context) {
	in, ps := e.draft.Input(storeZone)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	id := e.Event.ID
	saveThen(ctx, &e.busy, func() (content.StoreEvent, error) { return e.API.SaveEvent(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *EventEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	focusFirst(ctx, eventForm, ps, form.EventFields, eventAlias)
}

func (e *EventEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleEventNew)
	if e.Event.ID != "" {
		title = i18n.T(l, i18n.ConsoleEventEdit)
	}
	f := func(name, label string) field {
		return field{Form: eventForm, Name: name, Label: label, Hint: i18n.T(l, i18n.ConsoleEventTimeHint), Err: e.problems.In(l, name), Required: true}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(eventForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			localized(l, eventForm, "title", i18n.T(l, i18n.ConsoleEventTitle), i18n.T(l, i18n.ConsolePromoTitleHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Title[i], e.ValueTo(&e.draft.Title[i])) }),
			localized(l, eventForm, "body", i18n.T(l, i18n.ConsoleEventBody), i18n.T(l, i18n.ConsoleOptional), e.problems,
				func(i int, fl field) app.UI { return fl.textarea(e.draft.Body[i], 3, e.ValueTo(&e.draft.Body[i])) }),
			localized(l, eventForm, "place", i18n.T(l, i18n.ConsoleEventPlace), i18n.T(l, i18n.ConsoleOptional), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Place[i], e.ValueTo(&e.draft.Place[i])) }),
			app.Div().Class("cs-row").Body(
				f("starts_at", i18n.T(l, i18n.ConsoleEventStarts)).input("datetime-local", e.draft.Starts, e.ValueTo(&e.draft.Starts)),
				f("ends_at", i18n.T(l, i18n.ConsoleEventEnds)).input("datetime-local", e.draft.Ends, e.ValueTo(&e.draft.Ends)),
			),
			problemCount(l, e.problems),
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

package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// ScheduleEditor creates or changes a schedule.
type ScheduleEditor struct {
	app.Compo
	API       *client.Client
	Locale    string
	Schedule  content.Schedule // ID "": a new one
	Playlists []content.Playlist
	OnSaved   func(ctx app.Context, s content.Schedule)
	OnClose   func(ctx app.Context)

	draft    form.ScheduleDraft
	problems form.Problems
	busy     bool
}

const schForm = "sch"

func (e *ScheduleEditor) OnMount(ctx app.Context) {
	e.draft = form.NewScheduleDraft(e.Schedule)
	if e.draft.Playlist == "" && len(e.Playlists) == 1 {
		e.draft.Playlist = e.Playlists[0].ID
	}
	focusField(ctx, schForm, "playlist")
}

func (e *ScheduleEditor) save(ctx app.Context) {
	s, ps := e.draft.Schedule()
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	saveThen(ctx, &e.busy, func() (content.Schedule, error) { return e.API.SaveSchedule(ctx, s) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *ScheduleEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	f, _ := ps.First(form.ScheduleFields...)
	if f == "weekdays" {
		f = "weekdays-1"
	}
	if f != "" {
		focusField(ctx, schForm, f)
	}
}

func (e *ScheduleEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleSgScheduleNew)
	if e.Schedule.ID != "" {
		title = i18n.T(l, i18n.ConsoleSgScheduleEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: schForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	pl := f("playlist", i18n.T(l, i18n.ConsoleSgPlaylist), "")
	sel := app.Select().ID(pl.id()).Class("cs-input").Required(true).OnChange(func(ctx app.Context, ev app.Event) {
		e.draft.Playlist = ctx.JSSrc().Get("value").String()
	}).Body(
		app.Option().Value("").Selected(e.draft.Playlist == "").Text(i18n.T(l, i18n.ConsoleSgPickNone)),
		app.Range(e.Playlists).Slice(func(i int) app.UI {
			p := e.Playlists[i]
			return app.Option().Value(p.ID).Selected(p.ID == e.draft.Playlist).Text(p.Name)
		}),
	)
	for k, v := range pl.attrs() {
		sel = sel.Attr(k, v)
	}
	wd := f("weekdays", i18n.T(l, i18n.ConsoleSgWeekdays), i18n.T(l, i18n.ConsoleSgWeekdaysHint))
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(schForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			pl.box(sel),
			app.Div().Class("cs-row").Body(
				f("from_date", i18n.T(l, i18n.ConsoleSgFromDate), i18n.T(l, i18n.ConsoleOptional)).input("date", e.draft.FromDate, e.ValueTo(&e.draft.FromDate)),
				f("to_date", i18n.T(l, i18n.ConsoleSgToDate), i18n.T(l, i18n.ConsoleOptional)).input("date", e.draft.ToDate, e.ValueTo(&e.draft.ToDate)),
			),
			app.Div().ID(wd.id()).Class("cs-group"+map[bool]string{true: " has-err", false: ""}[wd.Err != ""]).Attr("role", "group").Aria("labelledby", wd.id()+"-legend").Body(
				app.P().ID(wd.id()+"-legend").Class("cs-legend").Text(wd.Label),
				app.P().Class("cs-hint").Text(wd.Hint),
				errText(wd.id()+"-err", wd.Err),
				app.Div().Class("cs-radio-row").Body(app.Range(columnIDs[:]).Slice(func(col int) app.UI {
					w := (col + 1) % 7 // Monday first
					id := wd.id() + "-" + strconv.Itoa(w)
					return app.Label().For(id).Class("cs-radio cs-check").Body(
						app.Input().Type("checkbox").ID(id).Value(strconv.Itoa(w)).Checked(e.draft.Weekdays[w]).OnChange(func(ctx app.Context, ev app.Event) {
							e.draft.Weekdays[w] = ctx.JSSrc().Get("checked").Bool()
						}),
						app.Span().Text(i18n.T(l, columnIDs[col])),
					)
				})),
			),
			app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleSgTimeHint)),
			app.Div().Class("cs-row").Body(
				f("start", i18n.T(l, i18n.ConsoleSgStart), "").input("time", e.draft.Start, e.ValueTo(&e.draft.Start)),
				f("end", i18n.T(l, i18n.ConsoleSgEnd), "").input("time", e.draft.End, e.ValueTo(&e.draft.End)),
			),
			f("priority", i18n.T(l, i18n.ConsoleSgPriority), i18n.T(l, i18n.ConsoleSgPriorityHint)).decimal(e.draft.Priority, e.ValueTo(&e.draft.Priority)),
			f("groups", i18n.T(l, i18n.ConsoleSgGroups), i18n.T(l, i18n.ConsoleSgGroupsHint)).input("text", e.draft.Groups, e.ValueTo(&e.draft.Groups)),
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

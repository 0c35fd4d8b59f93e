package console

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

const (
	powerForm = "power"
	powerSave = "power-save" // the form's submit button
)

// PowerForm edits the screens' opening hours (PUT /api/v1/power): per
// schedule the groups it is for and one window per weekday.
type PowerForm struct {
	app.Compo
	API     *client.Client
	Locale  string
	OnSaved func(app.Context, content.Power)

	draft    form.PowerDraft
	loaded   bool
	problems form.Problems
	busy     bool
	saved    bool
}

func (f *PowerForm) OnMount(ctx app.Context) {
	ctx.Async(func() {
		p, err := f.API.Power(ctx)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				f.problems = ProblemsOf(err)
				return
			}
			f.draft, f.loaded = form.PowerDraftOf(p), true
			focusID(ctx, "power-title")
		})
	})
}

func (f *PowerForm) submit(ctx app.Context) {
	p, ps := f.draft.Power()
	if len(ps) > 0 {
		f.show(ctx, ps)
		return
	}
	f.saved = false
	saveThen(ctx, &f.busy, func() (content.Power, error) { return p, f.API.SetPower(ctx, p) },
		func(ctx app.Context, err error) { f.show(ctx, problemsOf(err, f.draft.Refused)) },
		func(ctx app.Context, p content.Power) {
			f.problems, f.saved = nil, true
			focusID(ctx, powerSave) // it had focus, and lost it while disabled
			if f.OnSaved != nil {
				f.OnSaved(ctx, p)
			}
		})
}

// show shows problems and moves focus to the first: to its field, or,
// for the whole form's, back to Save, which a refusal from the server
// found disabled (and so without focus) while it waited.
func (f *PowerForm) show(ctx app.Context, ps form.Problems) {
	f.problems, f.saved = ps, false
	if name, ok := ps.First(f.draft.PowerFields()...); ok && name != "" {
		focusField(ctx, powerForm, name)
		return
	}
	focusID(ctx, powerSave)
}

// typed stores what a control holds in the draft, under the control's
// name. go-app v10 keeps the handler a control was first given (it tells
// handlers apart by their code, not what they captured), so a handler
// bound to &Schedules[i] goes on writing to the old array once append has
// moved the slice: the name, which it does update, is what to go by.
func (f *PowerForm) typed(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	f.draft.Set(src.Get("name").String(), src.Get("value").String())
}

func (f *PowerForm) add(ctx app.Context, e app.Event) {
	f.draft.Schedules = append(f.draft.Schedules, form.PowerScheduleDraft{})
	f.problems, f.saved = nil, false // they name schedules by position
	focusField(ctx, powerForm, form.PowerField(len(f.draft.Schedules)-1, "groups"))
}

// remove removes the schedule whose Remove button was clicked. The box
// of schedules listens, not each button: the last schedule's button
// leaves the page with it, and go-app drops what a handler deferred (the
// focus on Add) once the handler's element is gone.
func (f *PowerForm) remove(ctx app.Context, e app.Event) {
	b := e.Get("target").Call("closest", "[data-remove]")
	if !b.Truthy() {
		return
	}
	i, err := strconv.Atoi(b.Get("dataset").Get("remove").String())
	if err != nil || i < 0 || i >= len(f.draft.Schedules) {
		return
	}
	f.draft.Schedules = slices.Delete(f.draft.Schedules, i, i+1)
	f.problems, f.saved = nil, false
	// The schedules after i now show in the controls of the one before
	// them, where go-app leaves a value it is to empty.
	fillFields(ctx, powerForm, f.draft.Value, f.draft.PowerFields()...)
	focusID(ctx, "power-add")
}

func (f *PowerForm) Render() app.UI {
	l := f.Locale
	return app.Section().ID("power-panel").Class("cs-panel cs-power-form").Aria("labelledby", "power-title").Body(
		app.H2().ID("power-title").TabIndex(-1).Text(i18n.T(l, i18n.ConsolePwTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePwIntro)),
		app.If(!f.loaded, func() app.UI {
			return app.Div().Body(
				formErr(f.problems.In(l, "")),
				app.If(len(f.problems) == 0, func() app.UI { return app.P().Class("cs-note").Text(i18n.T(l, i18n.ConsoleLoading)) }),
			)
		}).Else(func() app.UI {
			return app.Form().ID(powerForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(f.submit)).Body(
				// In a box of their own, "none" too, so a schedule added or
				// removed leaves the nodes after them alone: go-app matches
				// old and new children by position, and a node one place
				// off is replaced, taking focus (on "Add") with it.
				app.Div().Class("cs-power-schedules").OnClick(f.remove).Body(
					app.If(len(f.draft.Schedules) == 0, func() app.UI {
						return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsolePwNone))
					}),
					app.Range(f.draft.Schedules).Slice(f.schedule),
				),
				app.Div().Class("cs-actions").Body(
					button("", i18n.T(l, i18n.ConsolePwAdd), false, f.add).ID("power-add"),
				),
				formErr(f.problems.In(l, "")),
				app.P().Class("cs-note").Attr("role", "status").Text(map[bool]string{true: i18n.T(l, i18n.ConsolePwSaved)}[f.saved]),
				submit(i18n.T(l, i18n.ConsolePwSave), f.busy).ID(powerSave),
			)
		}),
	)
}

// schedule is schedule i's fieldset: its groups, then Monday to Sunday.
func (f *PowerForm) schedule(i int) app.UI {
	l, s := f.Locale, f.draft.Schedules[i]
	n := strconv.Itoa(i + 1)
	legend := fieldID(powerForm, form.PowerField(i, "legend"))
	groups := field{Form: powerForm, Name: form.PowerField(i, "groups"), Label: i18n.T(l, i18n.ConsolePwGroups),
		Hint: i18n.T(l, i18n.ConsolePwGroupsHint), Err: f.problems.In(l, form.PowerField(i, "groups"))}
	return app.FieldSet().Class("cs-group cs-power-schedule").DataSet("schedule", n).Body(
		app.Legend().ID(legend).Class("cs-label").Text(i18n.T(l, i18n.ConsolePwSchedule, "N", n)),
		groups.input("text", s.Groups, f.typed),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePwDaysHint)),
		app.Range(columnIDs[:]).Slice(func(col int) app.UI {
			w := (col + 1) % 7 // Monday first
			day := i18n.T(l, columnIDs[col])
			hour := func(name, id, v string) app.UI {
				return field{Form: powerForm, Name: form.PowerField(i, name, w), Label: i18n.T(l, id, "Day", day),
					Err: f.problems.In(l, form.PowerField(i, name, w))}.input("time", v, f.typed)
			}
			return app.Div().Class("cs-row cs-power-day").DataSet("weekday", w).Body(
				hour("open", i18n.ConsolePwOpen, s.Days[w].Open),
				hour("close", i18n.ConsolePwClose, s.Days[w].Close),
			)
		}),
		app.Div().Class("cs-actions").Body(
			button("danger", i18n.T(l, i18n.ConsolePwRemove, "N", n), false, nil).DataSet("remove", i),
		),
	)
}

package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// OverrideForm is the one form for an urgent message: text in each
// language, severity, target and how long it lasts.
type OverrideForm struct {
	app.Compo
	API      *client.Client
	Locale   string
	OnPushed func(ctx app.Context)

	draft    form.OverrideDraft
	problems form.Problems
	busy     bool
}

const overrideForm = "override"

func (o *OverrideForm) OnMount(ctx app.Context) {
	o.draft = form.OverrideDraft{Severity: content.SeverityUrgent, Minutes: "30"}
}

func (o *OverrideForm) submit(ctx app.Context) {
	in, ps := o.draft.Input()
	if len(ps) > 0 {
		o.show(ctx, ps)
		return
	}
	o.busy = true
	ctx.Async(func() {
		err := o.API.SetOverride(ctx, in)
		ctx.Dispatch(func(ctx app.Context) {
			o.busy = false
			if err != nil {
				o.show(ctx, ProblemsOf(err))
				return
			}
			o.draft.Message, o.problems = [3]string{}, nil // keep severity, target and time for the next
			clearFields(ctx, overrideForm, "message.zh-Hans", "message.zh-Hant", "message.en")
			if o.OnPushed != nil {
				o.OnPushed(ctx)
			}
		})
	})
}

func (o *OverrideForm) show(ctx app.Context, ps form.Problems) {
	o.problems = ps
	f, _ := ps.First(form.OverrideFields...)
	switch f {
	case "":
		return
	case "message":
		f = "message.zh-Hans"
	case "severity":
		f = "severity-" + o.draft.Severity
	}
	focusField(ctx, overrideForm, f)
}

func (o *OverrideForm) Render() app.UI {
	l := o.Locale
	sevs := [][2]string{
		{content.SeverityInfo, i18n.T(l, i18n.ConsoleSevInfo)},
		{content.SeverityUrgent, i18n.T(l, i18n.ConsoleSevUrgent)},
		{content.SeverityEmergency, i18n.T(l, i18n.ConsoleSevEmergency)},
	}
	return app.Section().Class("cs-panel").Aria("labelledby", "push-title").Body(
		app.H2().ID("push-title").Text(i18n.T(l, i18n.ConsoleOverridePush)),
		app.Form().ID(overrideForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(o.submit)).Body(
			localized(l, overrideForm, "message", i18n.T(l, i18n.ConsoleOverrideMessage), i18n.T(l, i18n.ConsoleOverrideMessageHint), o.problems,
				func(i int, f field) app.UI { return f.textarea(o.draft.Message[i], 2, o.ValueTo(&o.draft.Message[i])) }),
			field{Form: overrideForm, Name: "severity", Label: i18n.T(l, i18n.ConsoleSeverity), Err: o.problems.In(l, "severity")}.
				radios(o.draft.Severity, sevs, func(v string) app.EventHandler {
					return func(ctx app.Context, e app.Event) { o.draft.Severity = v }
				}),
			groupsTarget{Form: overrideForm, ToGroups: o.draft.ToGroups, Groups: o.draft.Groups, Err: o.problems.In(l, "groups"),
				Pick: func(to bool) app.EventHandler {
					return func(ctx app.Context, e app.Event) { o.draft.ToGroups = to }
				},
				Typed: o.ValueTo(&o.draft.Groups)}.render(l),
			field{Form: overrideForm, Name: "expires_at", Label: i18n.T(l, i18n.ConsoleMinutes),
				Hint: i18n.T(l, i18n.ConsoleMinutesHint), Err: o.problems.In(l, "expires_at")}.
				decimal(o.draft.Minutes, o.ValueTo(&o.draft.Minutes)),
			formErr(o.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleOverridePushButton), o.busy),
		),
	)
}

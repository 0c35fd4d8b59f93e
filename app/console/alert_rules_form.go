package console

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

const alertRulesForm = "alert-rules"

// AlertRulesForm edits the alert rules: the store's hours, and each rule
// on or off with its threshold.
type AlertRulesForm struct {
	app.Compo
	API    *client.Client
	Locale string
	Rules  rest.AlertRules // as loaded; the form edits a copy

	draft    rest.AlertRules
	days     [7]bool
	problems form.Problems
	busy     bool
	saved    bool
}

func (f *AlertRulesForm) OnMount(app.Context) {
	f.draft = f.Rules
	for _, d := range f.Rules.Hours.Weekdays {
		f.days[d] = true
	}
}

func (f *AlertRulesForm) submit(ctx app.Context) {
	r := f.draft
	r.Hours.Weekdays = nil
	for d, on := range f.days {
		if on {
			r.Hours.Weekdays = append(r.Hours.Weekdays, d)
		}
	}
	if len(r.Hours.Weekdays) == 7 {
		r.Hours.Weekdays = nil // every day
	}
	if err := r.Validate(); err != nil {
		f.problems = fieldProblems(err)
		return
	}
	f.busy, f.saved = true, false
	ctx.Async(func() {
		err := f.API.SetAlertRules(ctx, r)
		ctx.Dispatch(func(app.Context) {
			f.busy = false
			if err != nil {
				f.problems = ProblemsOf(err)
				return
			}
			f.problems, f.saved = nil, true
		})
	})
}

// number is an input of a rule's whole number.
func (f *AlertRulesForm) number(name, label string, v *int) app.UI {
	fl := field{Form: alertRulesForm, Name: name, Label: label, Err: f.problems.In(f.Locale, name)}
	return fl.number(strconv.Itoa(*v), func(ctx app.Context, e app.Event) {
		n, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
		if err != nil {
			n = -1 // refused by Validate, next to this field
		}
		*v = n
	})
}

// toggle is a rule's on/off checkbox.
func (f *AlertRulesForm) toggle(name string, on *bool) app.UI {
	id := fieldID(alertRulesForm, name+".on")
	return app.Label().For(id).Class("cs-radio cs-check").Body(
		app.Input().Type("checkbox").ID(id).Checked(*on).OnChange(func(ctx app.Context, e app.Event) {
			*on = ctx.JSSrc().Get("checked").Bool()
		}),
		app.Span().Text(i18n.T(f.Locale, i18n.ConsoleAlRuleOn)),
	)
}

func (f *AlertRulesForm) Render() app.UI {
	l, d := f.Locale, &f.draft
	hour := func(name, label string, v *string) app.UI {
		return field{Form: alertRulesForm, Name: name, Label: label, Err: f.problems.In(l, name)}.input("time", *v, f.ValueTo(v))
	}
	rule := func(name string, on *bool, inputs ...app.UI) app.UI {
		return app.Div().Class("cs-row cs-alert-rule").DataSet("rule", name).Body(append([]app.UI{f.toggle(name, on)}, inputs...)...)
	}
	return app.Section().Class("cs-panel").Aria("labelledby", "alert-rules-title").Body(
		app.H2().ID("alert-rules-title").Text(i18n.T(l, i18n.ConsoleAlRulesTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleAlRulesIntro)),
		app.Form().ID(alertRulesForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(f.submit)).Body(
			app.Div().Class("cs-row").Body(
				hour("hours.open", i18n.T(l, i18n.ConsoleAlOpen), &d.Hours.Open),
				hour("hours.close", i18n.T(l, i18n.ConsoleAlClose), &d.Hours.Close),
			),
			app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleAlHoursHint)),
			app.Div().Class("cs-radio-row").Attr("role", "group").Aria("label", i18n.T(l, i18n.ConsoleSgWeekdays)).Body(
				app.Range(columnIDs[:]).Slice(func(col int) app.UI {
					w := (col + 1) % 7 // Monday first
					id := fieldID(alertRulesForm, "hours.weekdays") + "-" + strconv.Itoa(w)
					return app.Label().For(id).Class("cs-radio cs-check").Body(
						app.Input().Type("checkbox").ID(id).Checked(f.days[w] || !slices.Contains(f.days[:], true)).OnChange(func(ctx app.Context, e app.Event) {
							if !slices.Contains(f.days[:], true) {
								f.days = [7]bool{true, true, true, true, true, true, true} // "every day" made explicit
							}
							f.days[w] = ctx.JSSrc().Get("checked").Bool()
						}),
						app.Span().Text(i18n.T(l, columnIDs[col])),
					)
				}),
			),
			rule("screen_offline", &d.ScreenOffline.On, f.number("screen_offline.minutes", i18n.T(l, i18n.ConsoleAlOffline), &d.ScreenOffline.Minutes)),
			rule("screen_health", &d.ScreenHealth.On,
				f.number("screen_health.media_failures", i18n.T(l, i18n.ConsoleAlMediaFailed), &d.ScreenHealth.MediaFailures),
				f.number("screen_health.memory_mb", i18n.T(l, i18n.ConsoleAlMemory), &d.ScreenHealth.MemoryMB)),
			rule("staff_call", &d.StaffCall.On, f.number("staff_call.minutes", i18n.T(l, i18n.ConsoleAlStaffCall), &d.StaffCall.Minutes)),
			rule("coupon_stock", &d.CouponStock.On, f.number("coupon_stock.percent", i18n.T(l, i18n.ConsoleAlCoupons), &d.CouponStock.Percent)),
			rule("disk", &d.Disk.On, f.number("disk.percent", i18n.T(l, i18n.ConsoleAlDisk), &d.Disk.Percent)),
			rule("price_parity", &d.PriceParity.On, f.number("price_parity.minutes", i18n.T(l, i18n.ConsoleAlParity), &d.PriceParity.Minutes)),
			formErr(f.problems.In(l, "")),
			app.P().Class("cs-note").Attr("role", "status").Text(map[bool]string{true: i18n.T(l, i18n.ConsoleAlRulesSaved)}[f.saved]),
			submit(i18n.T(l, i18n.ConsoleAlSaveRules), f.busy),
		),
	)
}

package console

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// SignagePreview answers "what does screen X show at time T".
type SignagePreview struct {
	app.Compo
	API    *client.Client
	Locale string

	screens  []rest.FleetScreen
	screen   string
	at       string // datetime-local, in this device's zone
	busy     bool
	asked    bool
	result   *content.Playlist
	problems form.Problems
}

const pvForm = "pv"

func (v *SignagePreview) OnMount(ctx app.Context) {
	ctx.Async(func() {
		f, err := v.API.Fleet(ctx)
		ctx.Dispatch(func(app.Context) {
			if err == nil {
				v.screens = f.Screens
			}
		})
	})
}

func (v *SignagePreview) ask(ctx app.Context) {
	ps := form.Problems{}
	var at time.Time
	if t := form.DateInput(ps, "at", v.at, storeZone); t != nil {
		at = *t
	}
	if len(ps) > 0 {
		v.problems = ps
		focusField(ctx, pvForm, "at")
		return
	}
	v.busy, v.problems = true, nil
	screen := v.screen
	ctx.Async(func() {
		p, err := v.API.Preview(ctx, screen, at)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			if err != nil {
				v.problems = ProblemsOf(err)
				return
			}
			v.result, v.asked = p, true
		})
	})
}

func (v *SignagePreview) Render() app.UI {
	l := v.Locale
	sc := field{Form: pvForm, Name: "screen", Label: i18n.T(l, i18n.ConsoleSgScreen), Err: v.problems.In(l, "screen")}
	sel := app.Select().ID(sc.id()).Class("cs-input").OnChange(func(ctx app.Context, ev app.Event) {
		v.screen = ctx.JSSrc().Get("value").String()
	}).Body(
		app.Option().Value("").Selected(v.screen == "").Text(i18n.T(l, i18n.ConsoleSgAnyScreen)),
		app.Range(v.screens).Slice(func(i int) app.UI {
			s := v.screens[i]
			return app.Option().Value(s.ID).Selected(s.ID == v.screen).Text(s.Name)
		}),
	)
	for k, val := range sc.attrs() {
		sel = sel.Attr(k, val)
	}
	return app.Div().Class("cs-panel cs-sg-preview").Body(
		app.Form().ID(pvForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(v.ask)).Body(
			app.Div().Class("cs-row").Body(
				sc.box(sel),
				field{Form: pvForm, Name: "at", Label: i18n.T(l, i18n.ConsoleSgAt), Hint: i18n.T(l, i18n.ConsoleSgAtHint), Err: v.problems.In(l, "at")}.
					input("datetime-local", v.at, v.ValueTo(&v.at)),
			),
			formErr(v.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(submit(i18n.T(l, i18n.ConsoleSgShowPreview), v.busy)),
		),
		app.Div().ID("pv-result").Attr("role", "status").Class("cs-sg-result").Body(
			app.If(v.asked && v.result == nil, func() app.UI {
				return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgPreviewNothing))
			}),
			app.If(v.result != nil, func() app.UI {
				p := v.result
				return app.Div().Body(
					app.H2().Class("cs-sg-result-name").Text(i18n.T(l, i18n.ConsoleSgPreviewPlays, "Name", p.Name)),
					app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSgSlideCount, "N", len(p.Slides), "Layout", i18n.T(l, layoutLabel(p.Layout)))),
					app.Ol().Class("cs-sg-result-slides").Body(app.Range(p.Slides).Slice(func(i int) app.UI {
						return app.Li().Text(slideSummary(l, p.Slides[i]))
					})),
				)
			}),
		),
	)
}

// slideSummary says what a slide is in one line: "text · Soup of the day · 8 s".
func slideSummary(l string, s content.Slide) string {
	parts := []string{i18n.T(l, slideKindLabel(s.Kind))}
	if t := s.Text.In(l); t != "" {
		parts = append(parts, t)
	}
	if s.Media != "" {
		parts = append(parts, s.Media)
	}
	return strings.Join(parts, " · ") + " · " + strconv.Itoa(s.Seconds) + " s"
}

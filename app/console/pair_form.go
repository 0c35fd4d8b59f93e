package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// PairForm claims a new screen by the code it shows, names it and puts it
// in groups.
type PairForm struct {
	app.Compo
	API      *client.Client
	Locale   string
	Waiting  int
	OnPaired func(ctx app.Context)

	draft    form.ScreenDraft
	problems form.Problems
	busy     bool
	note     string
}

const pairForm = "pair"

func (p *PairForm) submit(ctx app.Context) {
	in, ps := p.draft.Input(true)
	p.note = ""
	if len(ps) > 0 {
		p.show(ctx, ps)
		return
	}
	p.busy = true
	ctx.Async(func() {
		err := p.API.Pair(ctx, in)
		ctx.Dispatch(func(ctx app.Context) {
			p.busy = false
			if err != nil {
				p.show(ctx, ProblemsOf(err))
				return
			}
			p.draft, p.problems = form.ScreenDraft{}, nil
			clearFields(ctx, pairForm, "code", "name", "groups")
			p.note = i18n.T(p.Locale, i18n.ConsolePaired, "Name", in.Name)
			if p.OnPaired != nil {
				p.OnPaired(ctx)
			}
		})
	})
}

func (p *PairForm) show(ctx app.Context, ps form.Problems) {
	p.problems = ps
	if f, ok := ps.First(form.ScreenFields...); ok && f != "" {
		focusField(ctx, pairForm, f)
	}
}

func (p *PairForm) Render() app.UI {
	l := p.Locale
	f := func(name, label, hint string) field {
		return field{Form: pairForm, Name: name, Label: label, Hint: hint, Err: p.problems.In(l, name)}
	}
	kinds := [][2]string{
		{"", i18n.T(l, i18n.ConsoleKindAsReported)},
		{content.KindSignage, i18n.T(l, i18n.ConsoleKindSignage)},
		{content.KindKiosk, i18n.T(l, i18n.ConsoleKindKiosk)},
	}
	code := f("code", i18n.T(l, i18n.ConsolePairCode), i18n.T(l, i18n.ConsolePairCodeHint))
	return app.Section().ID("pair-panel").Class("cs-panel").Aria("labelledby", "pair-title").Body(
		app.H2().ID("pair-title").Text(i18n.T(l, i18n.ConsolePairTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleWaiting, "N", p.Waiting)),
		app.Form().ID(pairForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(p.submit)).Body(
			code.box(typedValue(app.Input().ID(code.id()), code.id(), p.draft.Code).Name("code").Type("text").Class("cs-input cs-code").
				Attr("autocapitalize", "characters").Attr("autocomplete", "off").
				Attr("spellcheck", false).MaxLength(9).Aria("describedby", code.describedBy()).
				Aria("invalid", strconv.FormatBool(code.Err != "")).OnInput(p.ValueTo(&p.draft.Code))),
			f("name", i18n.T(l, i18n.ConsoleScreenName), i18n.T(l, i18n.ConsoleScreenNameHint)).input("text", p.draft.Name, p.ValueTo(&p.draft.Name)),
			f("kind", i18n.T(l, i18n.ConsoleKind), "").radios(p.draft.Kind, kinds, func(v string) app.EventHandler {
				return func(ctx app.Context, e app.Event) { p.draft.Kind = v }
			}),
			f("groups", i18n.T(l, i18n.ConsoleGroups), i18n.T(l, i18n.ConsoleGroupsHint)).input("text", p.draft.Groups, p.ValueTo(&p.draft.Groups)),
			formErr(p.problems.In(l, "")),
			app.P().Class("cs-note").Attr("role", "status").Text(p.note),
			submit(i18n.T(l, i18n.ConsolePair), p.busy),
		),
	)
}

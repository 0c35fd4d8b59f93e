package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// EnrolForm makes a one-time enrolment link for a screen not yet set up:
// name, kind and groups now, and a link (text and QR code) to open on the
// screen. It lists the links not used yet, each revocable.
type EnrolForm struct {
	app.Compo
	API    *client.Client
	Locale string

	draft    form.LinkDraft
	problems form.Problems
	busy     string // "create", or the id of a link being revoked
	made     *rest.LinkCreated
	copied   bool
	links    []rest.EnrolmentLink
	confirm  string // the link whose revoke awaits a yes
}

const enrolForm = "enrol"

func (p *EnrolForm) OnInit() { p.draft = form.NewLinkDraft() }

func (p *EnrolForm) OnMount(ctx app.Context) { p.load(ctx) }

func (p *EnrolForm) load(ctx app.Context) {
	ctx.Async(func() {
		ls, err := p.API.EnrolmentLinks(ctx)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				p.problems = ProblemsOf(err)
				return
			}
			p.links = ls
		})
	})
}

func (p *EnrolForm) submit(ctx app.Context) {
	in, ps := p.draft.Input()
	if len(ps) > 0 {
		p.show(ctx, ps)
		return
	}
	p.busy, p.made, p.copied = "create", nil, false
	ctx.Async(func() {
		made, err := p.API.CreateEnrolmentLink(ctx, in)
		ctx.Dispatch(func(ctx app.Context) {
			p.busy = ""
			if err != nil {
				p.show(ctx, ProblemsOf(err))
				return
			}
			p.made, p.draft, p.problems = &made, form.NewLinkDraft(), nil
			clearFields(ctx, enrolForm, "name", "groups")
			focusField(ctx, enrolForm, "url")
			p.load(ctx)
		})
	})
}

func (p *EnrolForm) show(ctx app.Context, ps form.Problems) {
	p.problems = ps
	if f, ok := ps.First(form.LinkFields...); ok && f != "" {
		focusField(ctx, enrolForm, f)
	}
}

// copyLink puts the link on the clipboard: the selection and execCommand
// work on a plain-http console, where navigator.clipboard does not exist.
func (p *EnrolForm) copyLink(ctx app.Context, e app.Event) {
	el := app.Window().GetElementByID(fieldID(enrolForm, "url"))
	if !el.Truthy() || p.made == nil {
		return
	}
	el.Call("focus")
	el.Call("select")
	ok := app.Window().Get("document").Call("execCommand", "copy").Bool()
	if cb := app.Window().Get("navigator").Get("clipboard"); !ok && cb.Truthy() {
		cb.Call("writeText", p.made.URL)
		ok = true
	}
	p.copied = ok
}

// revoke revokes a link and fetches the list again before its one
// Dispatch: ctx belongs to the confirm button, which that Dispatch
// removes, and go-app drops any later Dispatch from an unmounted source.
func (p *EnrolForm) revoke(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.busy = id
		ctx.Async(func() {
			err := p.API.RevokeEnrolmentLink(ctx, id)
			ls, lerr := p.API.EnrolmentLinks(ctx)
			ctx.Dispatch(func(ctx app.Context) {
				p.busy, p.confirm = "", ""
				if err == nil {
					err = lerr
				}
				if err != nil {
					p.problems = ProblemsOf(err)
				}
				if lerr == nil {
					p.links = ls
				}
			})
		})
	}
}

func (p *EnrolForm) Render() app.UI {
	l := p.Locale
	f := func(name, label, hint string) field {
		return field{Form: enrolForm, Name: name, Label: label, Hint: hint, Err: p.problems.In(l, name)}
	}
	kinds := [][2]string{
		{content.KindSignage, i18n.T(l, i18n.ConsoleKindSignage)},
		{content.KindKiosk, i18n.T(l, i18n.ConsoleKindKiosk)},
	}
	hours := make([][2]string, len(form.LinkHours))
	for i, h := range form.LinkHours {
		label := i18n.N(l, i18n.ConsoleHoursN, h)
		if h%24 == 0 && h > 24 {
			label = i18n.N(l, i18n.ConsoleDaysN, h/24)
		}
		hours[i] = [2]string{strconv.Itoa(h), label}
	}
	return app.Section().ID("enrol-panel").Class("cs-panel").Aria("labelledby", "enrol-title").Body(
		app.H2().ID("enrol-title").Text(i18n.T(l, i18n.ConsoleEnrolTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleEnrolIntro)),
		app.Form().ID(enrolForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(p.submit)).Body(
			f("name", i18n.T(l, i18n.ConsoleScreenName), i18n.T(l, i18n.ConsoleScreenNameHint)).input("text", p.draft.Name, p.ValueTo(&p.draft.Name)),
			f("kind", i18n.T(l, i18n.ConsoleKind), "").radios(p.draft.Kind, kinds, func(v string) app.EventHandler {
				return func(ctx app.Context, e app.Event) { p.draft.Kind = v }
			}),
			f("groups", i18n.T(l, i18n.ConsoleGroups), i18n.T(l, i18n.ConsoleGroupsHint)).input("text", p.draft.Groups, p.ValueTo(&p.draft.Groups)),
			f("hours", i18n.T(l, i18n.ConsoleEnrolValidity), "").radios(p.draft.Hours, hours, func(v string) app.EventHandler {
				return func(ctx app.Context, e app.Event) { p.draft.Hours = v }
			}),
			formErr(p.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleEnrolCreate), p.busy == "create"),
		),
		app.If(p.made != nil, p.renderMade),
		p.renderLinks(),
	)
}

// renderMade shows the new link once: as text to copy and as a QR code
// to scan on the screen.
func (p *EnrolForm) renderMade() app.UI {
	l, m := p.Locale, p.made
	url := field{Form: enrolForm, Name: "url", Label: i18n.T(l, i18n.ConsoleEnrolLink, "Name", m.Link.Name),
		Hint: i18n.T(l, i18n.ConsoleEnrolLinkHint, "Date", stamp(l, m.Link.ExpiresAt))}
	return app.Div().Class("cs-enrol-made").Body(
		url.box(app.Input().ID(url.id()).Class("cs-input cs-secret").ReadOnly(true).Attr("value", m.URL).
			Aria("describedby", url.id()+"-hint").
			OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") })),
		app.Div().Class("cs-actions").Body(
			button("", i18n.T(l, i18n.ConsoleEnrolCopy), false, p.copyLink).ID("enrol-copy"),
		),
		app.P().Class("cs-note").Attr("role", "status").Text(func() string {
			if p.copied {
				return i18n.T(l, i18n.ConsoleEnrolCopied)
			}
			return ""
		}()),
		app.Img().Class("cs-enrol-qr").Src("data:image/png;base64,"+m.QRPNG).Width(240).Height(240).
			Alt(i18n.T(l, i18n.ConsoleEnrolQRAlt, "Name", m.Link.Name)),
	)
}

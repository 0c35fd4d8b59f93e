package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PathPartners is the partner merchants' view (积分通兑).
const PathPartners = Path + "/partners"

// Partners lists the partner merchants with their rates and daily caps,
// opens the editor for a new or an existing one, and pauses one.
type Partners struct {
	app.Compo
	API    *client.Client
	Locale string

	list       []rest.PointsPartner
	loaded     bool
	editing    *rest.PointsPartner // nil: the list; ID "": a new one
	confirming string              // id asked to pause
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *Partners) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
}

func (v *Partners) load() {
	ctx := v.ctx
	ctx.Async(func() {
		ps, err := v.API.Partners(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = ps, form.Problem{}
		})
	})
}

func (v *Partners) open(p rest.PointsPartner) {
	v.editing, v.note, v.confirming, v.problem = &p, "", "", form.Problem{}
}

func (v *Partners) saved(ctx app.Context, p rest.PointsPartner) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", partnerName(p, v.Locale))
	v.load()
	focusID(ctx, "cs-view-title")
}

func (v *Partners) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

func (v *Partners) pause(p rest.PointsPartner) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = p.ID
		ctx.Async(func() {
			err := v.API.PausePartner(ctx, p.ID)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsolePtPausedNote, "Name", partnerName(p, v.Locale))
				v.load()
				focusID(ctx, "cs-view-title")
			})
		})
	}
}

func (v *Partners) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &PartnerEditor{API: v.API, Locale: l, Partner: *v.editing, Taken: v.list, OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavPartners)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtPartnersIntro)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsolePtPartnerNew), false, func(app.Context, app.Event) { v.open(rest.PointsPartner{}) }).ID("pt-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsolePtPartnersNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
	)
}

func (v *Partners) card(p rest.PointsPartner) app.UI {
	l := v.Locale
	name := partnerName(p, l)
	caps := func(n int64) string {
		if n == 0 {
			return i18n.T(l, i18n.ConsolePtCapNone)
		}
		return strconv.FormatInt(n, 10)
	}
	title := name
	if !p.Active {
		title += " · " + i18n.T(l, i18n.ConsolePtPaused)
	}
	return app.Article().Class("cs-card cs-partner-card").DataSet("id", p.ID).Body(
		app.Div().Class("cs-card-main").Body(
			app.H2().Class("cs-card-title").Text(title),
			app.P().Class("cs-meta").Text(p.ID),
			app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsolePtOutRate, "Ours", p.Out.Den, "Theirs", p.Out.Num)),
			app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsolePtInRate, "Theirs", p.In.Den, "Ours", p.In.Num)),
			app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsolePtCaps, "Member", caps(p.MemberCap), "Partner", caps(p.PartnerCap))),
			app.Div().Class("cs-actions").Body(
				itemButton("", i18n.T(l, i18n.ConsoleEdit), false, p.ID, func(app.Context, app.Event) { v.open(p) }).
					Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", name)),
				app.If(p.Active, func() app.UI {
					return itemButton("danger", i18n.T(l, i18n.ConsolePtPause), false, p.ID, func(ctx app.Context, e app.Event) {
						v.confirming, v.problem = p.ID, form.Problem{}
					}).Aria("label", i18n.T(l, i18n.ConsolePtPauseNamed, "Name", name))
				}),
			),
			app.If(v.confirming == p.ID, func() app.UI {
				return confirmBox(l, i18n.T(l, i18n.ConsolePtPauseConfirm, "Name", name),
					i18n.T(l, i18n.ConsolePtPauseYes), v.busy == p.ID, v.pause(p), &v.confirming)
			}),
		),
	)
}

// partnerName is p's name in l, else in another language, else its key.
func partnerName(p rest.PointsPartner, l string) string {
	if n := p.Names[l]; n != "" {
		return n
	}
	for _, other := range []string{"zh-Hans", "en", "zh-Hant"} {
		if n := p.Names[other]; n != "" {
			return n
		}
	}
	return p.ID
}

package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Signage tabs.
const (
	sgTabPlaylists = "playlists"
	sgTabSchedules = "schedules"
	sgTabPreview   = "preview"
	sgTabPlays     = "plays"
)

// SignageView is the signage section: playlists, schedules with a week
// view, a preview of what a screen plays when, and the proof-of-play report.
type SignageView struct {
	app.Compo
	API    *client.Client
	Locale string

	tab        string
	g          content.Signage
	promos     []content.Promotion
	campaigns  []content.Campaign
	loaded     bool
	editingPL  *content.Playlist
	editingSch *content.Schedule
	confirming string
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *SignageView) OnMount(ctx app.Context) {
	v.ctx = ctx
	if v.tab == "" {
		v.tab = sgTabPlaylists
	}
	v.load()
	ctx.Async(func() {
		ps, _ := v.API.Promotions(ctx)
		cs, _ := v.API.SignageCampaigns(ctx) // none without coupons
		ctx.Dispatch(func(app.Context) { v.promos, v.campaigns = ps, cs })
	})
}

func (v *SignageView) load() {
	ctx := v.ctx
	ctx.Async(func() {
		g, err := v.API.Signage(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.g, v.problem = g, form.Problem{}
		})
	})
}

func (v *SignageView) playlistName(id string) string {
	if p, ok := v.g.Playlist(id); ok {
		return p.Name
	}
	return id
}

// act runs a change, then reloads and says note.
func (v *SignageView) act(key, note string, call func() error) {
	ctx := v.ctx
	v.busy = key
	ctx.Async(func() {
		err := call()
		ctx.Dispatch(func(app.Context) {
			v.busy, v.confirming = "", ""
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.note, v.problem = note, form.Problem{}
			v.load()
		})
	})
}

func (v *SignageView) Render() app.UI {
	l := v.Locale
	if v.editingPL != nil {
		return &PlaylistEditor{API: v.API, Locale: l, Playlist: *v.editingPL, Promotions: v.promos, Campaigns: v.campaigns,
			OnSaved: func(ctx app.Context, p content.Playlist) {
				v.editingPL, v.note = nil, i18n.T(l, i18n.ConsoleSaved, "Title", p.Name)
				v.load()
				focusID(ctx, "cs-view-title")
			},
			OnClose: func(ctx app.Context) { v.editingPL = nil; focusID(ctx, "cs-view-title") }}
	}
	if v.editingSch != nil {
		return &ScheduleEditor{API: v.API, Locale: l, Schedule: *v.editingSch, Playlists: v.g.Playlists,
			OnSaved: func(ctx app.Context, s content.Schedule) {
				v.editingSch, v.note = nil, i18n.T(l, i18n.ConsoleSaved, "Title", v.playlistName(s.Playlist))
				v.load()
				focusID(ctx, "cs-view-title")
			},
			OnClose: func(ctx app.Context) { v.editingSch = nil; focusID(ctx, "cs-view-title") }}
	}
	tabs := [][2]string{
		{sgTabPlaylists, i18n.ConsoleSgPlaylists}, {sgTabSchedules, i18n.ConsoleSgSchedules},
		{sgTabPreview, i18n.ConsoleSgPreview}, {sgTabPlays, i18n.ConsoleSgPlays},
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavSignage)),
		app.Div().Class("cs-actions cs-sg-tabs").Attr("role", "group").Aria("label", i18n.T(l, i18n.ConsoleSgTabs)).Body(
			app.Range(tabs).Slice(func(i int) app.UI {
				t := tabs[i]
				return button("", i18n.T(l, t[1]), false, func(ctx app.Context, e app.Event) {
					v.tab, v.note, v.confirming = t[0], "", ""
				}).ID("sg-tab-"+t[0]).Class("cs-btn cs-sg-tab").Aria("pressed", strconv.FormatBool(v.tab == t[0]))
			}),
		),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		v.body(),
	)
}

func (v *SignageView) body() app.UI {
	switch v.tab {
	case sgTabSchedules:
		return v.schedules()
	case sgTabPreview:
		return &SignagePreview{API: v.API, Locale: v.Locale}
	case sgTabPlays:
		return &PlayReport{API: v.API, Locale: v.Locale, Names: v.slideNames()}
	}
	return v.playlists()
}

// slideNames names slides by id, for the report: "Lunch · text".
func (v *SignageView) slideNames() map[string]string {
	out := map[string]string{}
	for _, p := range v.g.Playlists {
		for i, s := range p.Slides {
			out[s.ID] = i18n.T(v.Locale, i18n.ConsoleSgSlideTitle, "N", i+1, "Kind", i18n.T(v.Locale, slideKindLabel(s.Kind))) + " · " + p.Name
		}
	}
	return out
}

func (v *SignageView) playlists() app.UI {
	l := v.Locale
	ps := v.g.Playlists
	return app.Div().Body(
		app.Div().Class("cs-actions cs-top-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleSgPlaylistNew), false, func(ctx app.Context, e app.Event) {
				v.editingPL, v.note = &content.Playlist{Layout: content.LayoutFull}, ""
			}).ID("sg-playlist-new"),
		),
		app.If(v.loaded && len(ps) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgNoPlaylists))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(ps).Slice(func(i int) app.UI {
			return app.Li().Body(v.playlistCard(ps[i]))
		})),
	)
}

func (v *SignageView) playlistCard(p content.Playlist) app.UI {
	l := v.Locale
	isDefault := v.g.Store.DefaultPlaylist == p.ID
	return app.Article().Class("cs-card cs-sg-playlist").DataSet("id", p.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H2().Class("cs-card-title").Text(p.Name),
			app.If(isDefault, func() app.UI {
				return app.Span().Class("cs-role cs-sg-default").Text(i18n.T(l, i18n.ConsoleSgIsDefault))
			}),
		),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSgSlideCount, "N", len(p.Slides), "Layout", i18n.T(l, layoutLabel(p.Layout)))),
		// Head office's playlists are read-only here (409 from_hq); the
		// store may still play one by default.
		app.If(p.FromHQ, func() app.UI {
			return app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleFromHQ))
		}),
		app.Div().Class("cs-actions").Body(
			app.If(!p.FromHQ, func() app.UI {
				return button("", i18n.T(l, i18n.ConsoleEdit), false, func(ctx app.Context, e app.Event) {
					p := p
					v.editingPL, v.note = &p, ""
				}).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", p.Name))
			}),
			app.If(!isDefault, func() app.UI {
				return button("", i18n.T(l, i18n.ConsoleSgMakeDefault), v.busy == "default", func(ctx app.Context, e app.Event) {
					v.act("default", i18n.T(l, i18n.ConsoleSgDefaultSet, "Name", p.Name), func() error { return v.API.SetDefaultPlaylist(v.ctx, p.ID) })
				}).Class("cs-btn cs-sg-make-default").Aria("label", i18n.T(l, i18n.ConsoleSgMakeDefaultNamed, "Name", p.Name))
			}),
			app.If(!p.FromHQ, func() app.UI {
				return button("danger", i18n.T(l, i18n.ConsoleDelete), false, func(ctx app.Context, e app.Event) {
					v.confirming = p.ID
				}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", p.Name))
			}),
		),
		v.confirm(p.ID, p.Name, func() error { return v.API.DeletePlaylist(v.ctx, p.ID) }),
	)
}

func (v *SignageView) confirm(id, name string, del func() error) app.UI {
	l := v.Locale
	return app.If(v.confirming == id, func() app.UI {
		return confirmBox(l, i18n.T(l, i18n.ConsoleDeleteConfirm, "Name", name), i18n.T(l, i18n.ConsoleDeleteYes), v.busy == id,
			func(ctx app.Context, e app.Event) { v.act(id, i18n.T(l, i18n.ConsoleDeleted), del) }, &v.confirming)
	})
}

// daysLabel names weekdays (0 Sunday … 6 Saturday) in the week's order
// of locale l: "every day" for none or all.
func daysLabel(l string, weekdays []int) string {
	if len(weekdays) == 0 || len(weekdays) == 7 {
		return i18n.T(l, i18n.ConsoleSgEveryDay)
	}
	out := ""
	for col := range 7 {
		for _, w := range weekdays {
			if weekColumn(w) == col {
				if out != "" {
					out += i18n.T(l, i18n.ConsoleListSep)
				}
				out += i18n.T(l, columnIDs[col])
			}
		}
	}
	return out
}

func (v *SignageView) schedules() app.UI {
	l := v.Locale
	ss := v.g.Schedules
	return app.Div().Body(
		app.Div().Class("cs-actions cs-top-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleSgScheduleNew), false, func(ctx app.Context, e app.Event) {
				v.editingSch, v.note = &content.Schedule{Start: "00:00", End: "00:00"}, ""
			}).ID("sg-schedule-new"),
		),
		app.If(v.loaded && len(ss) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgNoSchedules))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(ss).Slice(func(i int) app.UI {
			s := ss[i]
			name := v.playlistName(s.Playlist)
			return app.Li().Body(app.Article().Class("cs-card cs-sg-schedule").DataSet("id", s.ID).Body(
				app.H2().Class("cs-card-title").Text(name),
				app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSgScheduleLine, "Days", daysLabel(l, s.Weekdays), "Start", s.Start, "End", s.End, "Priority", s.Priority)),
				app.If(s.FromDate != "" || s.ToDate != "", func() app.UI {
					return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSgDates, "From", orDots(s.FromDate, "…"), "To", orDots(s.ToDate, "…")))
				}),
				app.If(len(s.Groups) > 0, func() app.UI {
					return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSgGroups) + ": " + joinList(l, s.Groups))
				}),
				app.If(s.FromHQ, func() app.UI {
					return app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleFromHQ))
				}).Else(func() app.UI {
					return app.Div().Class("cs-actions").Body(
						button("", i18n.T(l, i18n.ConsoleEdit), false, func(ctx app.Context, e app.Event) {
							v.editingSch, v.note = &s, ""
						}).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", name)),
						button("danger", i18n.T(l, i18n.ConsoleDelete), false, func(ctx app.Context, e app.Event) {
							v.confirming = s.ID
						}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", name)),
					)
				}),
				v.confirm(s.ID, name, func() error { return v.API.DeleteSchedule(v.ctx, s.ID) }),
			))
		})),
		v.week(),
	)
}

func orDots(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

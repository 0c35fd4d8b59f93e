package console

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// ScreenCard is one screen in the fleet: whether it is online, when it was
// last seen, what it shows, its mode and version; its commands, and for
// admins rename, regroup and revoke.
type ScreenCard struct {
	app.Compo
	API       *client.Client
	Locale    string
	Screen    rest.FleetScreen
	Showing   string
	Admin     bool
	Now       time.Time
	OnChanged func(ctx app.Context)

	id         string // the screen this state belongs to
	editing    bool
	confirming bool
	draft      form.ScreenDraft
	problems   form.Problems
	busy       string // the action in flight
	note       string // what the last command did
}

func (c *ScreenCard) OnUpdate(ctx app.Context) { c.reset() }
func (c *ScreenCard) OnMount(ctx app.Context)  { c.reset() }

// reset forgets edits when the list moved another screen into this card.
func (c *ScreenCard) reset() {
	if c.id != c.Screen.ID {
		c.id, c.editing, c.confirming, c.problems, c.busy, c.note = c.Screen.ID, false, false, nil, "", ""
	}
}

func (c *ScreenCard) formID() string { return "screen-" + c.Screen.ID }

func (c *ScreenCard) command(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.busy, c.note, c.problems = name, "", nil
		id := c.Screen.ID
		ctx.Async(func() {
			err := c.API.Command(ctx, id, name)
			ctx.Dispatch(func(ctx app.Context) {
				c.busy = ""
				if err != nil {
					c.problems = ProblemsOf(err)
					return
				}
				c.note = i18n.T(c.Locale, i18n.ConsoleCommandSent)
			})
		})
	}
}

func (c *ScreenCard) edit(ctx app.Context, e app.Event) {
	c.editing, c.confirming, c.problems = true, false, nil
	c.draft = form.ScreenDraft{Name: c.Screen.Name, Groups: strings.Join(c.Screen.Groups, ", ")}
	focusField(ctx, c.formID(), "name")
}

func (c *ScreenCard) save(ctx app.Context) {
	in, ps := c.draft.Input(false)
	if len(ps) > 0 {
		c.show(ctx, ps)
		return
	}
	c.busy = "save"
	id := c.Screen.ID
	ctx.Async(func() {
		err := c.API.UpdateScreen(ctx, id, in)
		ctx.Dispatch(func(ctx app.Context) {
			c.busy = ""
			if err != nil {
				c.show(ctx, ProblemsOf(err))
				return
			}
			c.editing, c.problems = false, nil
			c.Screen.Name, c.Screen.Groups = in.Name, in.Groups
			c.changed(ctx)
		})
	})
}

func (c *ScreenCard) show(ctx app.Context, ps form.Problems) {
	c.problems = ps
	if f, ok := ps.First("name", "groups"); ok {
		focusField(ctx, c.formID(), f)
	}
}

func (c *ScreenCard) revoke(ctx app.Context, e app.Event) {
	c.busy = "revoke"
	id := c.Screen.ID
	ctx.Async(func() {
		err := c.API.RevokeScreen(ctx, id)
		ctx.Dispatch(func(ctx app.Context) {
			c.busy, c.confirming = "", false
			if err != nil {
				c.problems = ProblemsOf(err)
				return
			}
			c.changed(ctx)
		})
	})
}

func (c *ScreenCard) changed(ctx app.Context) {
	if c.OnChanged != nil {
		c.OnChanged(ctx)
	}
}

func (c *ScreenCard) Render() app.UI {
	l, s := c.Locale, c.Screen
	state, stateClass := i18n.T(l, i18n.ConsoleOffline), "is-offline"
	if s.Online {
		state, stateClass = i18n.T(l, i18n.ConsoleOnline), "is-online"
	}
	lastSeen := i18n.T(l, i18n.ConsoleNever)
	switch {
	case s.Online:
		lastSeen = i18n.T(l, i18n.ConsoleNow)
	case s.LastSeen != nil:
		lastSeen = Ago(l, *s.LastSeen, c.Now)
	}
	return app.Article().Class("cs-card cs-screen "+stateClass).DataSet("id", s.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H2().Class("cs-card-title").Text(s.Name),
			app.Span().Class("cs-state "+stateClass).Text(state),
		),
		app.Div().Class("cs-facts").Body(
			fact(i18n.T(l, i18n.ConsoleKind), kindLabel(l, s.Kind)),
			fact(i18n.T(l, i18n.ConsoleLastSeen), lastSeen),
			fact(i18n.T(l, i18n.ConsoleShowing), c.Showing),
			app.If(s.Kind == content.KindKiosk, func() app.UI {
				return fact(i18n.T(l, i18n.ConsoleMode), Modes(l, s.Status.Mode))
			}),
			fact(i18n.T(l, i18n.ConsoleGroups), groupsLabel(l, s.Groups)),
			fact(i18n.T(l, i18n.ConsoleAppVersion), orDash(s.AppVersion)),
		),
		app.If(s.Online && s.Status.Health != nil, func() app.UI { return healthFacts(l, s.Status.Health) }),
		app.P().Class("cs-note").Attr("role", "status").Text(c.note),
		formErr(c.problems.In(l, "")),
		c.actions(),
		app.If(c.editing, c.editForm),
		app.If(c.confirming, c.confirmRevoke),
	)
}

func (c *ScreenCard) actions() app.UI {
	l, s := c.Locale, c.Screen
	return app.Div().Class("cs-actions").Body(
		app.If(c.Admin, func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("", i18n.T(l, i18n.ConsoleReload), c.busy != "" || !s.Online, c.command(content.CommandReload)).
					Aria("label", i18n.T(l, i18n.ConsoleReloadNamed, "Name", s.Name)),
				button("", i18n.T(l, i18n.ConsoleIdentify), c.busy != "" || !s.Online, c.command(content.CommandIdentify)).
					Aria("label", i18n.T(l, i18n.ConsoleIdentifyNamed, "Name", s.Name)),
				button("", i18n.T(l, i18n.ConsoleEdit), c.busy != "", c.edit).
					Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", s.Name)),
				button("danger", i18n.T(l, i18n.ConsoleRevoke), c.busy != "", func(ctx app.Context, e app.Event) {
					c.confirming, c.editing = true, false
				}).Aria("label", i18n.T(l, i18n.ConsoleRevokeNamed, "Name", s.Name)),
			)
		}),
	)
}

func (c *ScreenCard) editForm() app.UI {
	l := c.Locale
	f := func(name, label, hint string) field {
		return field{Form: c.formID(), Name: name, Label: label, Hint: hint, Err: c.problems.In(l, name)}
	}
	return app.Form().Class("cs-form cs-inline-form").Attr("novalidate", true).OnSubmit(onSubmit(c.save)).Body(
		f("name", i18n.T(l, i18n.ConsoleScreenName), "").input("text", c.draft.Name, c.ValueTo(&c.draft.Name)),
		f("groups", i18n.T(l, i18n.ConsoleGroups), i18n.T(l, i18n.ConsoleGroupsHint)).input("text", c.draft.Groups, c.ValueTo(&c.draft.Groups)),
		app.Div().Class("cs-actions").Body(
			submit(i18n.T(l, i18n.ConsoleSave), c.busy == "save"),
			button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, e app.Event) {
				c.editing, c.problems = false, nil
			}),
		),
	)
}

func (c *ScreenCard) confirmRevoke() app.UI {
	l := c.Locale
	return app.Div().Class("cs-confirm").Attr("role", "group").Aria("label", i18n.T(l, i18n.ConsoleRevoke)).Body(
		app.P().Text(i18n.T(l, i18n.ConsoleRevokeConfirm, "Name", c.Screen.Name)),
		app.Div().Class("cs-actions").Body(
			button("danger", i18n.T(l, i18n.ConsoleRevokeYes), c.busy == "revoke", c.revoke),
			button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, e app.Event) { c.confirming = false }),
		),
	)
}

// fact is one term and its value, read as one line: "Last seen 5 min
// ago".
func fact(term, value string) app.UI {
	return app.P().Class("cs-fact").Body(app.Span().Class("cs-term").Text(term), app.Span().Text(value))
}

func kindLabel(l, kind string) string {
	switch kind {
	case content.KindKiosk:
		return i18n.T(l, i18n.ConsoleKindKiosk)
	case content.KindSignage:
		return i18n.T(l, i18n.ConsoleKindSignage)
	}
	return orDash(kind)
}

func groupsLabel(l string, groups []string) string {
	if len(groups) == 0 {
		return i18n.T(l, i18n.ConsoleNoGroups)
	}
	return joinList(l, groups)
}

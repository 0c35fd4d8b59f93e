package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Categories lists the store's categories in the kiosk's order, moves them
// up and down, and opens the editor for a new or an existing one.
type Categories struct {
	app.Compo
	API    *client.Client
	Locale string

	list       []content.Category
	loaded     bool
	editing    *content.Category // nil: the list; ID "": a new one
	confirming string            // id asked to delete
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context
}

func (v *Categories) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
}

func (v *Categories) load() {
	ctx := v.ctx
	ctx.Async(func() {
		cs, err := v.API.Categories(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = cs, form.Problem{}
		})
	})
}

func (v *Categories) open(c content.Category) {
	v.editing, v.note, v.confirming, v.problem = &c, "", "", form.Problem{}
}

// index is where category id is in the list, -1 if it is not.
func (v *Categories) index(id string) int {
	for i, c := range v.list {
		if c.ID == id {
			return i
		}
	}
	return -1
}

func (v *Categories) saved(ctx app.Context, c content.Category) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", c.Name.In(v.Locale))
	v.load()
	focusID(ctx, "cs-view-title")
}

func (v *Categories) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

// move sends the whole new order, so two staff moving at once cannot
// leave two categories at one place; focus stays on the button pressed,
// or on its twin when the category reached an end.
func (v *Categories) move(id string, delta int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ids := make([]string, len(v.list))
		for k, c := range v.list {
			ids[k] = c.ID
		}
		i := v.index(id)
		order := form.Move(ids, i, delta)
		if order == nil || v.busy != "" {
			return
		}
		v.busy, v.note, v.problem = id, "", form.Problem{}
		ctx.Async(func() {
			cs, err := v.API.OrderCategories(ctx, order)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy = ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					v.load()
					return
				}
				v.list = cs
				at := i + delta
				v.note = i18n.T(v.Locale, i18n.ConsoleMoved, "Name", cs[at].Name.In(v.Locale), "N", at+1, "Total", len(cs))
				dir, other := "down", "up"
				if delta < 0 {
					dir, other = "up", "down"
				}
				if (delta < 0 && at == 0) || (delta > 0 && at == len(cs)-1) {
					dir = other
				}
				focusID(ctx, "cat-"+dir+"-"+id)
			})
		})
	}
}

func (v *Categories) remove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = id
		ctx.Async(func() {
			err := v.API.DeleteCategory(ctx, id)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleDeleted)
				v.load()
				focusID(ctx, "cs-view-title")
			})
		})
	}
}

func (v *Categories) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &CategoryEditor{API: v.API, Locale: l, Category: *v.editing, Position: form.NextPosition(v.list),
			OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavCategories)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleCategoriesOrderHint)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleCategoryNew), false, func(app.Context, app.Event) { v.open(content.Category{}) }).ID("cat-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleCategoriesNone))
		}),
		app.Ol().Class("cs-cards cs-order").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(i))
		})),
	)
}

func (v *Categories) card(i int) app.UI {
	l := v.Locale
	c := v.list[i]
	name := c.Name.In(l)
	busy := v.busy != ""
	return app.Article().Class("cs-card cs-category-card").DataSet("id", c.ID).Body(
		app.Img().Class("cs-category-icon").Src(iconURL(c)).Attr("role", "presentation"),
		app.Div().Class("cs-card-main").Body(
			app.H2().Class("cs-card-title").Text(name),
			app.P().Class("cs-meta").Text(c.ID),
			app.Div().Class("cs-actions").Body(
				itemButton("", i18n.T(l, i18n.ConsoleMoveUp), busy || i == 0, c.ID, v.move(c.ID, -1)).ID("cat-up-"+c.ID).
					Aria("label", i18n.T(l, i18n.ConsoleMoveUpNamed, "Name", name)),
				itemButton("", i18n.T(l, i18n.ConsoleMoveDown), busy || i == len(v.list)-1, c.ID, v.move(c.ID, 1)).ID("cat-down-"+c.ID).
					Aria("label", i18n.T(l, i18n.ConsoleMoveDownNamed, "Name", name)),
				itemButton("", i18n.T(l, i18n.ConsoleEdit), false, c.ID, func(app.Context, app.Event) {
					if i := v.index(c.ID); i >= 0 {
						v.open(v.list[i])
					}
				}).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", name)),
				itemButton("danger", i18n.T(l, i18n.ConsoleDelete), false, c.ID, func(ctx app.Context, e app.Event) {
					v.confirming, v.problem = c.ID, form.Problem{}
				}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", name)),
			),
			app.If(v.confirming == c.ID, func() app.UI {
				return confirmBox(l, i18n.T(l, i18n.ConsoleCategoryDeleteConfirm, "Name", name),
					i18n.T(l, i18n.ConsoleDeleteYes), v.busy == c.ID, v.remove(c.ID), &v.confirming)
			}),
		),
	)
}

// iconURL is the kiosk's picture for c.
func iconURL(c content.Category) string { return "/web/icons/category-" + c.IconName() + ".svg" }

package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// CategoryEditor creates or changes one category: its key (new ones
// only), its name in each language and its picture on the kiosk.
type CategoryEditor struct {
	app.Compo
	API      *client.Client
	Locale   string
	Category content.Category // ID "": a new one
	Position int              // where a new one goes
	OnSaved  func(ctx app.Context, c content.Category)
	OnClose  func(ctx app.Context)

	draft    form.CategoryDraft
	problems form.Problems
	busy     bool
}

const categoryForm = "cat"

// categoryAlias names the control that takes focus for a field's problem.
var categoryAlias = map[string]string{"name": "name.zh-Hans", "icon": "icon-any"}

func (e *CategoryEditor) OnMount(ctx app.Context) {
	e.draft = form.NewCategoryDraft(e.Category)
	first := "id"
	if e.Category.ID != "" {
		first = "name.zh-Hans"
	}
	focusField(ctx, categoryForm, first)
}

func (e *CategoryEditor) save(ctx app.Context) {
	pos := e.Position
	if e.Category.ID != "" {
		e.draft.ID, pos = e.Category.ID, e.Category.Position
	}
	id, in, ps := e.draft.Input(pos)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	if e.Category.ID == "" {
		// PUT adds or replaces: a new key must not overwrite a category.
		saveThen(ctx, &e.busy, func() ([]content.Category, error) { return e.API.Categories(ctx) },
			func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) },
			func(ctx app.Context, cs []content.Category) {
				for _, c := range cs {
					if c.ID == id {
						e.show(ctx, form.Problems{"id": {ID: i18n.ConsoleErrCategoryIDTaken}})
						return
					}
				}
				e.put(ctx, id, in)
			})
		return
	}
	e.put(ctx, id, in)
}

func (e *CategoryEditor) put(ctx app.Context, id string, in rest.CategoryInput) {
	saveThen(ctx, &e.busy, func() (content.Category, error) { return e.API.SaveCategory(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *CategoryEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	focusFirst(ctx, categoryForm, ps, form.CategoryFields, categoryAlias)
}

func (e *CategoryEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleCategoryNew)
	if e.Category.ID != "" {
		title = i18n.T(l, i18n.ConsoleCategoryEdit)
	}
	id := field{Form: categoryForm, Name: "id", Label: i18n.T(l, i18n.ConsoleCategoryID), Hint: i18n.T(l, i18n.ConsoleCategoryIDHint),
		Err: e.problems.In(l, "id"), Required: true, Disabled: e.Category.ID != ""}
	icon := field{Form: categoryForm, Name: "icon", Label: i18n.T(l, i18n.ConsoleCategoryIcon), Err: e.problems.In(l, "icon")}
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(categoryForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			id.input("text", e.draft.ID, e.ValueTo(&e.draft.ID)),
			localized(l, categoryForm, "name", i18n.T(l, i18n.ConsoleCategoryName), i18n.T(l, i18n.ConsoleCategoryNameHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Name[i], e.ValueTo(&e.draft.Name[i])) }),
			icon.radios(e.draft.Icon, iconChoices(l), func(v string) app.EventHandler {
				return func(ctx app.Context, ev app.Event) { e.draft.Icon = v }
			}),
			app.Img().Class("cs-category-icon cs-icon-preview").Attr("role", "presentation").
				Src(iconURL(content.Category{ID: e.draft.ID, Icon: e.draft.Icon})),
			problemCount(l, e.problems),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSave), e.busy),
				button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, ev app.Event) {
					if e.OnClose != nil {
						e.OnClose(ctx)
					}
				}),
			),
		),
	)
}

// iconChoices are the kiosk's pictures as radio choices, automatic first.
func iconChoices(l string) [][2]string {
	labels := map[string]string{
		"fresh": i18n.ConsoleIconFresh, "dairy": i18n.ConsoleIconDairy, "pantry": i18n.ConsoleIconPantry,
		"drinks": i18n.ConsoleIconDrinks, "home": i18n.ConsoleIconHome, "other": i18n.ConsoleIconOther,
	}
	out := [][2]string{{"", i18n.T(l, i18n.ConsoleIconAuto)}}
	for _, icon := range content.CategoryIcons {
		out = append(out, [2]string{icon, i18n.T(l, labels[icon])})
	}
	return out
}

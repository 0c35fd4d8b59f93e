package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// field is one labelled form control with its hint and its problem, wired
// for screen readers: the label names the control, aria-describedby reads
// the hint and the problem, aria-invalid marks it.
type field struct {
	Form, Name   string // the control's id is Form-Name; Name is the API's field
	Label, Hint  string
	Err          string
	Required     bool
	AutoComplete string
	Lang         string // the language the control is written in, if not the page's
	Disabled     bool
	ReadOnly     bool // shown, focusable and read out, not typed in: the hint says why
	// GroupErr is the id of the problem of the group the control is in
	// (a text in each language, none written): it marks the control too.
	GroupErr string
	// Scope joins the control's id in its handler's scope: a form whose
	// handlers hold pointers into a slice changes it when the slice is
	// replaced, so the new handlers, not the first ones, are kept.
	Scope string
}

// fieldID is the id of a form's control for an API field ("title.en").
func fieldID(formID, name string) string {
	return formID + "-" + strings.ReplaceAll(name, ".", "-")
}

func (f field) id() string { return fieldID(f.Form, f.Name) }

func (f field) scope() string { return f.id() + "#" + f.Scope }

func (f field) describedBy() string {
	var ids []string
	if f.Hint != "" {
		ids = append(ids, f.id()+"-hint")
	}
	if f.Err != "" {
		ids = append(ids, f.id()+"-err")
	}
	if f.GroupErr != "" {
		ids = append(ids, f.GroupErr)
	}
	return strings.Join(ids, " ")
}

// attrs are the attributes every control of the field carries.
func (f field) attrs() map[string]any {
	a := map[string]any{}
	if f.Err != "" || f.GroupErr != "" {
		a["aria-invalid"] = "true"
	}
	if d := f.describedBy(); d != "" {
		a["aria-describedby"] = d
	}
	if f.Lang != "" {
		a["lang"] = f.Lang
	}
	if f.AutoComplete != "" {
		a["autocomplete"] = f.AutoComplete
	}
	return a
}

// A control's handler is scoped by its id: go-app keeps an element's
// handler while its code is the same, and every field's handler is the
// same code (ValueTo), so when a problem shown above them shifts a
// group's controls down one place, each would keep writing to the field
// of the control that sat there before.

// input is an <input> of typ holding value; on runs at every keystroke.
func (f field) input(typ, value string, on app.EventHandler) app.UI {
	in := typedValue(app.Input().ID(f.id()), f.id(), value).Name(f.Name).Type(typ).Class("cs-input").
		Required(f.Required).Disabled(f.Disabled).OnInput(on, app.EventScope(f.scope()))
	for k, v := range f.attrs() {
		in = in.Attr(k, v)
	}
	return f.box(in)
}

// decimal is a short text input that brings up the number pad on phones.
func (f field) decimal(value string, on app.EventHandler) app.UI {
	in := typedValue(app.Input().ID(f.id()), f.id(), value).Name(f.Name).Type("text").Class("cs-input cs-input-short").
		Attr("inputmode", "decimal").Required(f.Required).ReadOnly(f.ReadOnly).OnInput(on, app.EventScope(f.scope()))
	for k, v := range f.attrs() {
		in = in.Attr(k, v)
	}
	return f.box(in)
}

// number is a short text input for a whole number, with the phone's
// number pad.
func (f field) number(value string, on app.EventHandler) app.UI {
	in := typedValue(app.Input().ID(f.id()), f.id(), value).Name(f.Name).Type("text").Class("cs-input cs-input-short").
		Attr("inputmode", "numeric").Required(f.Required).OnInput(on, app.EventScope(f.scope()))
	for k, v := range f.attrs() {
		in = in.Attr(k, v)
	}
	return f.box(in)
}

// textarea is a multi-line text.
func (f field) textarea(value string, rows int, on app.EventHandler) app.UI {
	ta := typedValue(app.Textarea().ID(f.id()), f.id(), value).Name(f.Name).Class("cs-input").Rows(rows).
		OnInput(on, app.EventScope(f.scope()))
	for k, v := range f.attrs() {
		ta = ta.Attr(k, v)
	}
	return f.box(ta)
}

// radios is the field as a row of radio buttons (value, label): on a
// phone every choice is in sight and one tap away, unlike a <select>.
func (f field) radios(value string, options [][2]string, pick func(v string) app.EventHandler) app.UI {
	legend := f.id() + "-legend"
	described := legend
	if f.Err != "" {
		described += " " + f.id() + "-err"
	}
	class := "cs-group cs-radios"
	if f.Err != "" {
		class += " has-err"
	}
	return app.Div().ID(f.id()).Class(class).Attr("role", "radiogroup").Aria("labelledby", legend).Body(
		app.P().ID(legend).Class("cs-label").Text(f.Label),
		app.If(f.Hint != "", func() app.UI { return app.P().Class("cs-hint").Text(f.Hint) }),
		errText(f.id()+"-err", f.Err),
		app.Div().Class("cs-radio-row").Body(app.Range(options).Slice(func(i int) app.UI {
			o := options[i]
			id := f.id() + "-" + o[0]
			if o[0] == "" {
				id = f.id() + "-any"
			}
			in := app.Input().Type("radio").ID(id).Name(f.id()).Value(o[0]).Checked(o[0] == value).OnChange(pick(o[0]), app.EventScope(id))
			if f.Err != "" {
				in = in.Aria("describedby", f.id()+"-err")
			}
			return app.Label().For(id).Class("cs-radio cs-radio-"+o[0]).Body(in, app.Span().Text(o[1]))
		})),
	)
}

func (f field) box(control app.UI) app.UI {
	class := "cs-field"
	if f.Err != "" {
		class += " has-err"
	}
	label := app.Label().For(f.id()).Class("cs-label").Text(f.Label)
	if f.Lang != "" {
		label = label.Lang(f.Lang)
	}
	return app.Div().Class(class).Body(
		label,
		app.If(f.Hint != "", func() app.UI {
			return app.P().ID(f.id() + "-hint").Class("cs-hint").Text(f.Hint)
		}),
		control,
		errText(f.id()+"-err", f.Err),
	)
}

// errText is a problem next to its field.
func errText(id, text string) app.UI {
	return app.If(text != "", func() app.UI {
		return app.P().ID(id).Class("cs-err").Text(text)
	})
}

// formErr is a problem with the whole form, announced when it appears.
func formErr(text string) app.UI {
	return app.Div().Attr("role", "alert").Class("cs-alert-slot").Body(
		app.If(text != "", func() app.UI {
			return app.P().Class("cs-err cs-form-err").Text(text)
		}),
	)
}

func withAuto(f field, auto string) field {
	f.AutoComplete = auto
	return f
}

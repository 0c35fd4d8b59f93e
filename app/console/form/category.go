package form

import (
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// CategoryDraft is the category editor's inputs, as typed.
type CategoryDraft struct {
	ID   string // the short key; fixed once the category exists
	Name [3]string
	Icon string // one of content.CategoryIcons, or "" for the id's
}

// NewCategoryDraft fills the form from a stored category.
func NewCategoryDraft(c content.Category) CategoryDraft {
	d := CategoryDraft{ID: c.ID, Icon: c.Icon}
	for i, l := range content.Locales {
		d.Name[i] = c.Name[l]
	}
	return d
}

// CategoryFields is the editor's field order, for focusing the first
// problem.
var CategoryFields = []string{"id", "name", "name.zh-Hans", "name.zh-Hant", "name.en", "icon", ""}

// Input checks the form as the server will and builds the request; the
// id goes in the URL. position is where the category stays (or, new, goes).
func (d CategoryDraft) Input(position int) (string, rest.CategoryInput, Problems) {
	ps := Problems{}
	id := strings.TrimSpace(d.ID)
	if !content.ValidCategoryID(id) {
		ps["id"] = problem(i18n.ConsoleErrCategoryID)
	}
	in := rest.CategoryInput{Name: texts(ps, "name", d.Name, content.MaxTitleRunes, true), Position: position, Icon: d.Icon}
	if len(ps) > 0 {
		return "", rest.CategoryInput{}, ps
	}
	return id, in, nil
}

// Move returns the ids with the one at i moved by delta places (-1: up),
// or nil when it cannot move that way.
func Move(ids []string, i, delta int) []string {
	j := i + delta
	if i < 0 || i >= len(ids) || j < 0 || j >= len(ids) {
		return nil
	}
	out := append([]string(nil), ids...)
	out[i], out[j] = out[j], out[i]
	return out
}

// NextPosition is where a new category goes: after the last of cs.
func NextPosition(cs []content.Category) int {
	p := 0
	for _, c := range cs {
		p = max(p, c.Position)
	}
	return min(p+10, content.MaxCategoryPosition)
}

package content

import (
	"fmt"
	"slices"
	"strings"
)

// MaxCategories caps how many categories a store has, so they stay small
// enough for every screen's snapshot.
const MaxCategories = 64

// MaxCategoryPosition is the highest position a category may have.
const MaxCategoryPosition = 10000

// Category groups products and promotions on the kiosk.
type Category struct {
	ID       string `json:"id"` // short key staff use in CSV files: "fruit"
	Name     Text   `json:"name"`
	Position int    `json:"position"` // lower first
	// Icon is one of CategoryIcons, the kiosk's pictures; "" lets the
	// kiosk choose one by the words in the id.
	Icon string `json:"icon,omitempty"`
}

// CategoryIcons are the kiosk's category pictures
// (web/icons/category-<icon>.svg).
var CategoryIcons = []string{"fresh", "dairy", "pantry", "drinks", "home", "other"}

// ValidCategoryID reports whether id is a short lower-case key.
func ValidCategoryID(id string) bool {
	if id == "" || len(id) > MaxCategoryRunes {
		return false
	}
	for _, c := range id {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Validate checks a category as staff wrote it.
func (c *Category) Validate() error {
	if !ValidCategoryID(c.ID) {
		return &FieldError{"id", "must be lower-case letters, digits and - only, at most 40"}
	}
	if err := validText("name", c.Name, MaxTitleRunes, true); err != nil {
		return err
	}
	if c.Icon != "" && !slices.Contains(CategoryIcons, c.Icon) {
		return &FieldError{"icon", "must be one of " + strings.Join(CategoryIcons, ", ")}
	}
	if c.Position < 0 || c.Position > MaxCategoryPosition {
		return &FieldError{"position", fmt.Sprintf("must be between 0 and %d", MaxCategoryPosition)}
	}
	return nil
}

// SortCategories orders categories as the kiosk shows them.
func SortCategories(cs []Category) {
	slices.SortStableFunc(cs, func(a, b Category) int {
		if a.Position != b.Position {
			return a.Position - b.Position
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// iconWords maps words in a category's id to the icon it gets when staff
// chose none; a category none of them fits gets the shopping basket.
var iconWords = []struct{ icon, words string }{
	{"fresh", "fresh fruit veg produce"},
	{"dairy", "dairy milk chilled cheese egg"},
	{"pantry", "pantry grocery rice oil food dry"},
	{"drinks", "drink snack tea coffee juice water"},
	{"home", "home household clean care"},
}

// IconName is the icon the kiosk shows for c: the one staff chose, or else
// the one the words of its id suggest.
func (c Category) IconName() string {
	if c.Icon != "" {
		return c.Icon
	}
	for _, w := range iconWords {
		for _, word := range strings.Fields(w.words) {
			if strings.Contains(c.ID, word) {
				return w.icon
			}
		}
	}
	return "other"
}

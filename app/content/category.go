package content

import (
	"fmt"
	"slices"
	"strings"
)

// MaxCategories caps how many categories a store has, so they stay small
// enough for every screen's snapshot.
const MaxCategories = 64

// Category groups products and promotions on the kiosk.
type Category struct {
	ID       string `json:"id"` // short key staff use in CSV files: "fruit"
	Name     Text   `json:"name"`
	Position int    `json:"position"` // lower first
}

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
	if c.Position < 0 || c.Position > 10000 {
		return &FieldError{"position", fmt.Sprintf("must be between 0 and %d", 10000)}
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

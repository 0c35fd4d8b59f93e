package content

import (
	"slices"
	"time"
)

// OpCatalogueUpdate says products changed: Event.Catalogue names them. A
// screen showing one of them (a kiosk's price check) asks for it again.
const OpCatalogueUpdate = "catalogue.update"

// MaxCatalogueSKUs is how many SKUs one catalogue event names; a bigger
// change says All instead, and every screen asks again.
const MaxCatalogueSKUs = 500

// CatalogueChange is which products one write changed.
type CatalogueChange struct {
	SKUs []string  `json:"skus,omitempty"`
	All  bool      `json:"all,omitempty"` // too many to name: any product may have changed
	At   time.Time `json:"at"`
}

// Touches reports whether the change may concern any of skus.
func (c *CatalogueChange) Touches(skus []string) bool {
	if c == nil {
		return false
	}
	return c.All || slices.ContainsFunc(skus, func(s string) bool { return slices.Contains(c.SKUs, s) })
}

// NewCatalogueChange names skus, or says All when they are too many.
func NewCatalogueChange(skus []string, at time.Time) *CatalogueChange {
	if len(skus) > MaxCatalogueSKUs {
		return &CatalogueChange{All: true, At: at}
	}
	return &CatalogueChange{SKUs: slices.Clone(skus), At: at}
}

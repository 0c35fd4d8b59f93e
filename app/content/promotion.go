package content

import (
	"fmt"
	"slices"
	"time"
)

// Limits on promotion fields, checked by Validate on the server and shown
// by the console's forms.
const (
	MaxTitleRunes    = 120
	MaxBodyRunes     = 2000
	MaxPriority      = 1000
	MaxPriceCents    = 100_000_000 // one million in the store's currency
	MaxOfferProducts = 50
)

// Promotion is an offer shown on kiosks and signage. Prices are in cents
// (fen) of the store's currency; WasPrice 0 means "no previous price".
type Promotion struct {
	ID        string     `json:"id"`
	Title     Text       `json:"title"`
	Body      Text       `json:"body,omitempty"`
	Image     string     `json:"image,omitempty"` // media URL, /media/<sha256>.<ext>
	Price     int64      `json:"price"`
	WasPrice  int64      `json:"was_price,omitempty"`
	ValidFrom *time.Time `json:"valid_from,omitempty"`
	ValidTo   *time.Time `json:"valid_to,omitempty"`
	Priority  int        `json:"priority"`
	Category  string     `json:"category,omitempty"` // a Category id; kiosks group offers by it
	Groups    []string   `json:"groups,omitempty"`   // screen groups it shows on; empty: every screen
	UpdatedAt time.Time  `json:"updated_at"`
	// FromHQ says head office sent it: a store of a chain holds it
	// read-only, and changing it answers 409 from_hq. It is read from
	// the store, never taken from a request.
	FromHQ bool `json:"from_hq,omitempty"`
	// Products links the offer to products by SKU: while every one of
	// them has at most StockThreshold in stock, the offer is Paused and
	// no screen shows it. Paused is the server's, never taken from a
	// request.
	Products       []string `json:"products,omitempty"`
	StockThreshold int64    `json:"stock_threshold,omitempty"`
	Paused         bool     `json:"paused,omitempty"`
}

// FieldError names the field that is wrong and says why, so forms and API
// clients can point at it.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// Validate checks what a staff member wrote; it returns the first problem as
// a *FieldError.
func (p *Promotion) Validate() error {
	if len(p.Title) == 0 {
		return &FieldError{"title", "at least one locale needs a title"}
	}
	if err := validText("title", p.Title, MaxTitleRunes, true); err != nil {
		return err
	}
	if err := validText("body", p.Body, MaxBodyRunes, false); err != nil {
		return err
	}
	if p.Image != "" && !ValidMediaURL(p.Image) {
		return &FieldError{"image", "must be a media URL returned by the upload endpoint"}
	}
	if p.Price < 0 || p.Price > MaxPriceCents {
		return &FieldError{"price", fmt.Sprintf("must be between 0 and %d cents", MaxPriceCents)}
	}
	if p.WasPrice < 0 || p.WasPrice > MaxPriceCents {
		return &FieldError{"was_price", fmt.Sprintf("must be between 0 and %d cents", MaxPriceCents)}
	}
	if p.WasPrice != 0 && p.WasPrice <= p.Price {
		return &FieldError{"was_price", "must be higher than price, or 0"}
	}
	if err := checkTimes([]string{"valid_from", "valid_to"}, p.ValidFrom, p.ValidTo); err != nil {
		return err
	}
	if p.ValidFrom != nil && p.ValidTo != nil && !p.ValidTo.After(*p.ValidFrom) {
		return &FieldError{"valid_to", "must be after valid_from"}
	}
	if p.Priority < 0 || p.Priority > MaxPriority {
		return &FieldError{"priority", fmt.Sprintf("must be between 0 and %d", MaxPriority)}
	}
	if p.Category != "" && !ValidCategoryID(p.Category) {
		return &FieldError{"category", "must be a category id: lower-case letters, digits and - only"}
	}
	if len(p.Products) > MaxOfferProducts {
		return &FieldError{"products", fmt.Sprintf("at most %d", MaxOfferProducts)}
	}
	for _, sku := range p.Products {
		if err := validKey("products", sku, MaxSKURunes, true); err != nil {
			return err
		}
	}
	if p.StockThreshold < 0 || p.StockThreshold > MaxStock {
		return &FieldError{"stock_threshold", fmt.Sprintf("must be between 0 and %d", MaxStock)}
	}
	return ValidGroups("groups", p.Groups)
}

// ActiveAt reports whether the promotion's validity window includes t and
// it is not paused for want of stock.
func (p *Promotion) ActiveAt(t time.Time) bool {
	if p.Paused {
		return false
	}
	if p.ValidFrom != nil && t.Before(*p.ValidFrom) {
		return false
	}
	if p.ValidTo != nil && !t.Before(*p.ValidTo) {
		return false
	}
	return true
}

// Targets reports whether the promotion is for a screen in groups. One for
// every screen (no groups) is for every screen, unpaired ones included; one
// for some groups only for screens in at least one of them.
func (p *Promotion) Targets(groups []string) bool {
	return len(p.Groups) == 0 || slices.ContainsFunc(p.Groups, func(g string) bool { return slices.Contains(groups, g) })
}

// FormatPrice renders cents as "12.50".
func FormatPrice(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

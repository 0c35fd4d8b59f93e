package content

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on products, checked by Validate and by the CSV import.
const (
	MaxSKURunes      = 40
	MaxProductRunes  = 120
	MaxAisleRunes    = 20
	MaxCategoryRunes = 40
	MaxUnitRunes     = 20
)

// Product is one item the price check finds: the one price, the same online
// and in store, and where it is in the shop.
type Product struct {
	SKU      string `json:"sku"`
	Barcode  string `json:"barcode,omitempty"` // GTIN-8/12/13/14 digits, or empty
	Name     Text   `json:"name"`
	Price    int64  `json:"price"` // cents (fen)
	Category string `json:"category,omitempty"`
	Aisle    string `json:"aisle,omitempty"`
	Unit     string `json:"unit,omitempty"`  // what the price is for: "500g", "each"
	Image    string `json:"image,omitempty"` // media URL, /media/<sha256>.<ext>
	// Pinyin is the Chinese name in pinyin, one word a character ("cao
	// mei"): the server spells it whenever the product is written, and
	// ignores what a client sends.
	Pinyin    string    `json:"pinyin,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks a product as staff wrote it; it returns the first problem
// as a *FieldError.
func (p *Product) Validate() error {
	if err := validKey("sku", p.SKU, MaxSKURunes, true); err != nil {
		return err
	}
	if p.Barcode != "" {
		if err := CheckBarcode(p.Barcode); err != nil {
			return &FieldError{"barcode", err.Error()}
		}
	}
	if err := validText("name", p.Name, MaxProductRunes, true); err != nil {
		return err
	}
	if p.Price < 0 || p.Price > MaxPriceCents {
		return &FieldError{"price", fmt.Sprintf("must be between 0 and %d cents", MaxPriceCents)}
	}
	if p.Category != "" && !ValidCategoryID(p.Category) {
		return &FieldError{"category", "must be a category id: lower-case letters, digits and - only"}
	}
	if !utf8.ValidString(p.Aisle) || utf8.RuneCountInString(p.Aisle) > MaxAisleRunes {
		return &FieldError{"aisle", fmt.Sprintf("must be valid text of at most %d characters", MaxAisleRunes)}
	}
	if err := validKey("unit", p.Unit, MaxUnitRunes, false); err != nil {
		return err
	}
	if p.Image != "" && !ValidMediaURL(p.Image) {
		return &FieldError{"image", "must be a media URL returned by the upload endpoint"}
	}
	return nil
}

// validKey checks an identifier staff type: printable, no spaces at the
// ends, at most maxRunes.
func validKey(field, s string, maxRunes int, required bool) error {
	switch {
	case s == "" && required:
		return &FieldError{field, "is required"}
	case !utf8.ValidString(s):
		return &FieldError{field, "is not valid UTF-8"}
	case utf8.RuneCountInString(s) > maxRunes:
		return &FieldError{field, fmt.Sprintf("is longer than %d characters", maxRunes)}
	case strings.TrimSpace(s) != s:
		return &FieldError{field, "must not start or end with spaces"}
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			return &FieldError{field, "must not hold control characters"}
		}
	}
	return nil
}

// ProductList is the answer of the kiosk's product search.
type ProductList struct {
	Products []Product `json:"products"`
	Total    int       `json:"total"` // matches in all; Products holds at most the limit
}

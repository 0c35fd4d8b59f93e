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
	MaxStock         = 1_000_000_000
	MaxBarcodes      = 8 // besides the main one
)

// Product is one item the price check finds: its price in store, where it
// is in the shop, and what the catalogue feed knows of its stock and of its
// prices in the other channels.
type Product struct {
	SKU      string   `json:"sku"`
	Barcode  string   `json:"barcode,omitempty"`  // GTIN-8/12/13/14 digits, or empty
	Barcodes []string `json:"barcodes,omitempty"` // more barcodes of it (multipacks, old labels)
	Name     Text     `json:"name"`
	Price    int64    `json:"price"` // in store, cents (fen)
	Category string   `json:"category,omitempty"`
	Aisle    string   `json:"aisle,omitempty"`
	Unit     string   `json:"unit,omitempty"`  // what the price is for: "kg", "500 g", "each"
	Image    string   `json:"image,omitempty"` // media URL, /media/<sha256>.<ext>
	// Stock is how many are on hand; nil: not known. Offers linked to
	// the product pause when it runs out.
	Stock *int64 `json:"stock,omitempty"`
	// OnlinePrice and DeliveryPrice are the channels' prices, nil when
	// not known; OnlineAt and DeliveryAt when the feed last sent them.
	OnlinePrice   *int64     `json:"online_price,omitempty"`
	OnlineAt      *time.Time `json:"online_at,omitempty"`
	DeliveryPrice *int64     `json:"delivery_price,omitempty"`
	DeliveryAt    *time.Time `json:"delivery_at,omitempty"`
	// Lots are the quantities on hand by best-before date, as the feed
	// last sent them; nil leaves the stored lots as they are.
	Lots []Lot `json:"lots,omitempty"`
	// SameOnline is set by the server in the kiosk's answers: the online
	// price is known, recent and equal to the price in store, so the kiosk
	// may say so. It ignores what a client sends.
	SameOnline bool `json:"same_online,omitempty"`
	// Pinyin is the Chinese name in pinyin, one word a character ("cao
	// mei"): the server spells it whenever the product is written, and
	// ignores what a client sends.
	Pinyin    string    `json:"pinyin,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
	// Overridable says head office lets stores set their own price, and
	// HQPaused that head office paused the product (offers linked to it
	// pause): head office's staff set both; at a store they are what head
	// office sent. HQPrice is head office's price at a store (nil: none,
	// the store prices the product itself); Price is the price that
	// applies in this store.
	Overridable bool   `json:"overridable,omitempty"`
	HQPaused    bool   `json:"hq_paused,omitempty"`
	HQPrice     *int64 `json:"hq_price,omitempty"`
}

// Lot is a quantity of a product best before one date.
type Lot struct {
	BestBefore string `json:"best_before"` // YYYY-MM-DD, the store's date
	Quantity   int64  `json:"quantity"`
}

// MaxLots bounds a product's lots in one feed item.
const MaxLots = 100

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
	if p.Image != "" && !ValidMediaURL(p.Image) {
		return &FieldError{"image", "must be a media URL returned by the upload endpoint"}
	}
	return p.validateFeed()
}

// validateFeed checks what only the catalogue feed sends: unit, stock,
// channel prices and more barcodes.
func (p *Product) validateFeed() error {
	if err := CheckString("unit", p.Unit, MaxUnitRunes, false); err != nil {
		return err
	}
	if p.Stock != nil && (*p.Stock < 0 || *p.Stock > MaxStock) {
		return &FieldError{"stock", fmt.Sprintf("must be between 0 and %d", MaxStock)}
	}
	for _, c := range []struct {
		field string
		price *int64
	}{{"online_price", p.OnlinePrice}, {"delivery_price", p.DeliveryPrice}} {
		if c.price != nil && (*c.price < 0 || *c.price > MaxPriceCents) {
			return &FieldError{c.field, fmt.Sprintf("must be between 0 and %d cents", MaxPriceCents)}
		}
	}
	if len(p.Barcodes) > MaxBarcodes {
		return &FieldError{"barcodes", fmt.Sprintf("at most %d", MaxBarcodes)}
	}
	for _, b := range p.Barcodes {
		if err := CheckBarcode(b); err != nil || b == p.Barcode {
			return &FieldError{"barcodes", "each must be a GTIN with a correct check digit, other than barcode"}
		}
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

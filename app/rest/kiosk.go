package rest

import (
	"time"

	"storecast/app/content"
)

// StaffCallInput is what a kiosk may say about itself when a shopper
// calls for staff (POST /kiosk/staff-calls).
type StaffCallInput struct {
	Place string `json:"place"` // the kiosk's name, e.g. "entrance"
}

// Staff call answers.
const (
	StaffCalled   = "called"
	StaffOnTheWay = "on_the_way" // a call from here is fresh
)

// StaffCallAnswer tells the kiosk what to tell the shopper.
type StaffCallAnswer struct {
	Status string             `json:"status"` // StaffCalled or StaffOnTheWay
	Call   *content.StaffCall `json:"call,omitempty"`
}

// StaffCallList is GET /staff-calls, newest first.
type StaffCallList struct {
	Calls []content.StaffCall `json:"calls"`
}

// CategoryList is GET /categories.
type CategoryList struct {
	Categories []content.Category `json:"categories"`
}

// CategoryInput is a category as staff write it; the id is in the URL.
type CategoryInput struct {
	Name     content.Text `json:"name"`
	Position int          `json:"position"`
	Icon     string       `json:"icon,omitempty"` // one of content.CategoryIcons; "": chosen by the id
}

// CategoryOrder is POST /categories/order: every category's id, in the
// order the kiosk shows them.
type CategoryOrder struct {
	IDs []string `json:"ids"`
}

// EventList is GET /events.
type EventList struct {
	Events []content.StoreEvent `json:"events"`
}

// EventInput is a store event as staff write it.
type EventInput struct {
	Title    content.Text `json:"title"`
	Body     content.Text `json:"body"`
	Place    content.Text `json:"place"`
	StartsAt time.Time    `json:"starts_at"`
	EndsAt   time.Time    `json:"ends_at"`
}

// ImportResult is a product file that went in (POST /products/import);
// Errors is empty.
type ImportResult struct {
	Added   int `json:"added"`
	Updated int `json:"updated"`
	// HQPriced: as in CatalogueResult, the file's price was not taken.
	HQPriced []string              `json:"hq_priced,omitempty"`
	Errors   []content.ImportError `json:"errors"`
}

// ImportRejected is a product file with bad rows: nothing was imported,
// and Errors lists every row's problem (422).
type ImportRejected struct {
	Error  ErrorDetail           `json:"error"`
	Errors []content.ImportError `json:"errors"`
}

// ProductInput is a product as staff edit it in the console (POST
// /products with its SKU; PUT /products/{sku} takes the SKU from the URL).
// Price is required, so it is a pointer: a missing price is an error, not
// a free product.
type ProductInput struct {
	SKU      string       `json:"sku,omitempty"`
	Barcode  string       `json:"barcode,omitempty"`
	Name     content.Text `json:"name"`
	Price    *int64       `json:"price"`
	Unit     string       `json:"unit,omitempty"`
	Category string       `json:"category,omitempty"`
	Aisle    string       `json:"aisle,omitempty"`
	Image    string       `json:"image,omitempty"`
	// Overridable and HQPaused are head office's word on the product for
	// every store (head office only; a store ignores them): stores may
	// set their own price; the product is paused and offers linked to it
	// pause. Absent keeps what the product has (false for a new one).
	Overridable *bool `json:"overridable,omitempty"`
	HQPaused    *bool `json:"hq_paused,omitempty"`
}

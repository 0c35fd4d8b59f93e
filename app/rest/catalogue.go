package rest

import (
	"encoding/json"
	"time"

	"storecast/app/content"
)

// Token scopes: a token with scopes may call only the routes of those
// scopes; one without acts as its owner everywhere.
const (
	ScopeCatalogue = "catalogue" // the catalogue feed (POST /catalogue/batches)
)

// Scopes lists every scope a token may have.
var Scopes = []string{ScopeCatalogue, ScopePoints}

// CatalogueBatch is a catalogue feed batch (POST /catalogue/batches, or
// a JSON file in the drop folder). Key is the idempotency key when the
// request has no Idempotency-Key header. Each product is decoded on its
// own (CatalogueItem), so that one bad product is named by its position
// and the others are still checked.
type CatalogueBatch struct {
	Key      string            `json:"key,omitempty"`
	Products []json.RawMessage `json:"products"`
}

// CatalogueItem is one product of a batch, prices in cents; a pointer
// tells a field left out (the store keeps what it has) from one sent as
// zero. Barcodes: nil keeps the stored ones, [] clears them.
type CatalogueItem struct {
	SKU           string         `json:"sku"`
	Barcode       string         `json:"barcode"`
	Barcodes      []string       `json:"barcodes"`
	Name          content.Text   `json:"name"`
	Price         *int64         `json:"price"`
	Category      string         `json:"category"`
	Aisle         string         `json:"aisle"`
	Unit          string         `json:"unit"`
	Stock         *int64         `json:"stock"`
	OnlinePrice   *int64         `json:"online_price"`
	DeliveryPrice *int64         `json:"delivery_price"`
	Lots          []CatalogueLot `json:"lots"` // nil: leave the stored lots; []: none left
}

// CatalogueLot is a quantity best before one date (YYYY-MM-DD, the
// store's date) in a catalogue item.
type CatalogueLot struct {
	BestBefore string `json:"best_before"`
	Quantity   *int64 `json:"quantity"`
}

// CatalogueResult is a catalogue batch that went in (POST
// /catalogue/batches): what it changed. A repeat of the same batch under
// the same key gets this same answer again.
type CatalogueResult struct {
	Key          string   `json:"key,omitempty"`
	Added        int      `json:"added"`
	Updated      int      `json:"updated"`
	PriceChanges int      `json:"price_changes"`
	Paused       []string `json:"paused,omitempty"`  // offers paused: their products ran out
	Resumed      []string `json:"resumed,omitempty"` // offers back: restocked
	// HQPriced are products, in a store of a chain, whose price head
	// office sets and does not let the store change: the batch's price
	// was not taken, head office's applies.
	HQPriced []string              `json:"hq_priced,omitempty"`
	Errors   []content.ImportError `json:"errors"`
}

// PriceChange is one change of a product's price in one channel.
type PriceChange struct {
	Channel string    `json:"channel"` // in_store, online or delivery
	Old     *int64    `json:"old,omitempty"`
	New     int64     `json:"new"`
	Actor   string    `json:"actor"`            // the staff member or token owner, "system"
	Source  string    `json:"source,omitempty"` // the token's name, the drop file, "csv import"
	At      time.Time `json:"at"`
}

// PriceHistory is GET /products/{sku}/prices, newest first.
type PriceHistory struct {
	SKU     string        `json:"sku"`
	Changes []PriceChange `json:"changes"`
}

// ParityMismatch is a product whose price in another channel is not its
// price in store.
type ParityMismatch struct {
	SKU           string       `json:"sku"`
	Name          content.Text `json:"name"`
	InStore       int64        `json:"in_store"`
	OnlinePrice   *int64       `json:"online,omitempty"`
	DeliveryPrice *int64       `json:"delivery,omitempty"`
	Channels      []string     `json:"channels"` // the channels that differ
	Since         time.Time    `json:"since"`
}

// ParityList is GET /parity, longest-standing first.
type ParityList struct {
	Mismatches []ParityMismatch `json:"mismatches"`
	Total      int              `json:"total"` // Mismatches holds at most the limit
}

// ParityDay is one of the store's days in GET /parity/history and how many
// products' channel prices differed that day (its last count); null for
// a day nobody counted.
type ParityDay struct {
	Day        string `json:"day"` // YYYY-MM-DD in the store's time zone
	Mismatches *int   `json:"mismatches"`
}

// ParityHistory is GET /parity/history: one entry per day, oldest first,
// the last being the store's today.
type ParityHistory struct {
	Days []ParityDay `json:"days"`
}

// MissedSearch is a price-check search text that found nothing, and how
// often it was asked.
type MissedSearch struct {
	Query   string    `json:"query"`
	Count   int       `json:"count"`
	FirstAt time.Time `json:"first_at"`
	LastAt  time.Time `json:"last_at"`
}

// MissedSearchList is GET /reports/missed-searches, most asked first.
type MissedSearchList struct {
	Searches []MissedSearch `json:"searches"`
}

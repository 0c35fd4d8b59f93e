package rest

import (
	"time"

	"storecast/app/content"
)

// PromotionList is GET /promotions, in display order.
type PromotionList struct {
	Promotions []content.Promotion `json:"promotions"`
}

// PromotionInput is what a client may set on a promotion (POST, PUT
// /promotions); id and timestamps are the server's. Price is required, so
// it is a pointer: a missing price is an error, not a free offer.
type PromotionInput struct {
	Title     content.Text `json:"title"`
	Body      content.Text `json:"body,omitempty"`
	Image     string       `json:"image,omitempty"`
	Price     *int64       `json:"price"`
	WasPrice  int64        `json:"was_price,omitempty"`
	ValidFrom *time.Time   `json:"valid_from,omitempty"`
	ValidTo   *time.Time   `json:"valid_to,omitempty"`
	Priority  int          `json:"priority"`
	Category  string       `json:"category,omitempty"`
	Groups    []string     `json:"groups,omitempty"` // none: every screen
	// Products links the offer to products by SKU: it pauses itself while
	// every one of them has at most StockThreshold in stock.
	Products       []string `json:"products,omitempty"`
	StockThreshold int64    `json:"stock_threshold,omitempty"`
}

// MediaUploaded is the answer to POST /media: where the file now lives.
type MediaUploaded struct {
	URL string `json:"url"`
}

// OverrideList is GET /overrides: the overrides in force.
type OverrideList struct {
	Overrides []content.Override `json:"overrides"`
}

// OverrideInput pushes an override (POST /overrides) until ExpiresAt, or
// for Minutes from now.
type OverrideInput struct {
	Message   content.Text `json:"message"`
	Severity  string       `json:"severity"`
	Groups    []string     `json:"groups,omitempty"`
	ExpiresAt *time.Time   `json:"expires_at,omitempty"`
	Minutes   int          `json:"minutes"`
}

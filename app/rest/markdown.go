package rest

import (
	"time"

	"storecast/app/content"
)

// MarkdownSuggestion is a lot near its best-before date and the cut the
// store's rule suggests for it (GET /markdowns).
type MarkdownSuggestion struct {
	SKU        string       `json:"sku"`
	Name       content.Text `json:"name"`
	BestBefore string       `json:"best_before"` // YYYY-MM-DD, the store's date
	Quantity   int64        `json:"quantity"`    // left of this lot
	Price      int64        `json:"price"`       // the product's price now, in fen
	// SuggestedPrice is Price less Percent, rounded down to 10 fen.
	SuggestedPrice int64 `json:"suggested_price"`
	Percent        int   `json:"percent"`
	// DaysLeft is the store's days until best-before (0: today); with
	// Percent, it is why the rule suggests this cut.
	DaysLeft int       `json:"days_left"`
	Ends     time.Time `json:"ends"` // when the offer would end: the best-before day's end
	Why      string    `json:"why"`  // DaysLeft and Percent in an English sentence, for scripts
}

// MarkdownStep is one band of the markdown rule: within Days days of
// best-before, Percent off.
type MarkdownStep struct {
	Days    int `json:"days"`
	Percent int `json:"percent"`
}

// MarkdownList is GET /markdowns: the undecided suggestions, soonest
// best-before first, and the rule that made them.
type MarkdownList struct {
	Suggestions []MarkdownSuggestion `json:"suggestions"`
	Rule        []MarkdownStep       `json:"rule"`
}

// MarkdownApproved is POST /markdowns/{sku}/{best_before}/approve: the
// offer the approval made (or had made, on a second tap).
type MarkdownApproved struct {
	Promotion content.Promotion `json:"promotion"`
	Created   bool              `json:"created"` // false: an earlier tap made it
}

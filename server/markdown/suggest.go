package markdown

import (
	"context"
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

// Suggested is a rule's suggestion with the product's name, for editors.
type Suggested struct {
	Suggestion
	Name content.Text
}

// Suggestions reads the undecided lots within the rule's horizon of now
// (store dates in loc) and returns what the rule marks down, soonest
// first.
func (r Rule) Suggestions(ctx context.Context, st *store.Store, now time.Time, loc *time.Location) ([]Suggested, error) {
	local := now.In(loc)
	ls, err := st.LotsBestBefore(ctx, local.Format(time.DateOnly), local.AddDate(0, 0, r.Horizon()).Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("markdown: suggestions: %w", err)
	}
	lots, names := make([]Lot, len(ls)), map[string]content.Text{}
	for i, l := range ls {
		lots[i] = Lot{SKU: l.SKU, BestBefore: l.BestBefore, Quantity: l.Quantity, Price: l.Price}
		names[l.SKU] = l.Name
	}
	var out []Suggested
	for _, s := range r.Suggest(lots, now, loc) {
		out = append(out, Suggested{Suggestion: s, Name: names[s.SKU]})
	}
	return out, nil
}

// Find returns the suggestion for one lot at now, if the rule still
// makes one.
func (r Rule) Find(ctx context.Context, st *store.Store, now time.Time, loc *time.Location, sku, bestBefore string) (Suggested, bool, error) {
	ss, err := r.Suggestions(ctx, st, now, loc)
	if err != nil {
		return Suggested{}, false, err
	}
	for _, s := range ss {
		if s.SKU == sku && s.BestBefore == bestBefore {
			return s, true, nil
		}
	}
	return Suggested{}, false, nil
}

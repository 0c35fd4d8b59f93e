package markdown

import (
	"time"
)

// Rule says how much to take off a lot as its best-before date nears.
type Rule struct {
	EarlyDays, EarlyPercent int // e.g. within 3 days: 30 % off
	LateDays, LatePercent   int // e.g. within 1 day: 50 % off
}

// DefaultRule is the store's rule unless configured otherwise.
var DefaultRule = Rule{EarlyDays: 3, EarlyPercent: 30, LateDays: 1, LatePercent: 50}

// Lot is a quantity of one product best before one date.
type Lot struct {
	SKU        string
	BestBefore string // YYYY-MM-DD, the store's date
	Quantity   int
	Price      int64 // the product's price in store, in fen
}

// Suggestion is a markdown the rule proposes for a lot.
type Suggestion struct {
	Lot
	Percent int
	Price   int64     // the suggested price, in fen, rounded down to 10 fen
	Ends    time.Time // the end of the best-before day in the store's zone
}

// Suggest returns the lots the rule marks down at now, in the order
// given. A lot already past its date, or with nothing left, gets none:
// it is to be taken off the shelf, not sold cheaper.
func (r Rule) Suggest(lots []Lot, now time.Time, loc *time.Location) []Suggestion {
	local := now.In(loc)
	today := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc)
	var out []Suggestion
	for _, l := range lots {
		bb, err := time.ParseInLocation(time.DateOnly, l.BestBefore, loc)
		if err != nil || l.Quantity <= 0 || bb.Before(today) {
			continue
		}
		left := daysBetween(today, bb)
		pct := 0
		switch {
		case left <= r.LateDays:
			pct = r.LatePercent
		case left <= r.EarlyDays:
			pct = r.EarlyPercent
		default:
			continue
		}
		price := l.Price * int64(100-pct) / 100 / 10 * 10
		out = append(out, Suggestion{Lot: l, Percent: pct, Price: price, Ends: bb.AddDate(0, 0, 1)})
	}
	return out
}

// daysBetween counts calendar days from a to b (both local midnights),
// which a daylight-saving change would make 23 or 25 hours long.
func daysBetween(a, b time.Time) int {
	ua := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	ub := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(ub.Sub(ua) / (24 * time.Hour))
}

package markdown

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Step is one band of a rule: within Days days of the best-before date
// (0: on the day itself), Percent off.
type Step struct {
	Days, Percent int
}

// Rule says how much to take off a lot as its best-before date nears.
// Its steps are sorted by Days, fewest first.
type Rule struct {
	Steps []Step
}

// DefaultRule is the store's rule unless configured otherwise.
var DefaultRule = Rule{Steps: []Step{{Days: 1, Percent: 50}, {Days: 3, Percent: 30}}}

// Bounds of a rule's steps: a markdown weeks ahead is a price change,
// not a markdown, and 100 % off is a give-away.
const (
	MaxDays    = 30
	MaxPercent = 90
	MaxSteps   = 8
)

// ParseRule reads a rule written as "days:percent" steps separated by
// commas, e.g. "3:30,1:50" (within 3 days 30 % off, within 1 day 50 %).
// Fewer days must take more off, so the cut only deepens as the date nears.
func ParseRule(s string) (Rule, error) {
	var r Rule
	for _, part := range strings.Split(s, ",") {
		d, p, ok := strings.Cut(strings.TrimSpace(part), ":")
		days, errD := strconv.Atoi(d)
		pct, errP := strconv.Atoi(p)
		if !ok || errD != nil || errP != nil {
			return Rule{}, fmt.Errorf("markdown: rule %q: step %q is not days:percent", s, part)
		}
		r.Steps = append(r.Steps, Step{Days: days, Percent: pct})
	}
	if err := r.Validate(); err != nil {
		return Rule{}, fmt.Errorf("markdown: rule %q: %w", s, err)
	}
	return r, nil
}

// Validate sorts the steps and checks them against the bounds.
func (r Rule) Validate() error {
	if len(r.Steps) == 0 || len(r.Steps) > MaxSteps {
		return fmt.Errorf("%d steps, want 1 to %d", len(r.Steps), MaxSteps)
	}
	slices.SortFunc(r.Steps, func(a, b Step) int { return a.Days - b.Days })
	for i, s := range r.Steps {
		switch {
		case s.Days < 0 || s.Days > MaxDays:
			return fmt.Errorf("%d days is out of range 0..%d", s.Days, MaxDays)
		case s.Percent < 1 || s.Percent > MaxPercent:
			return fmt.Errorf("%d %% is out of range 1..%d", s.Percent, MaxPercent)
		case i > 0 && s.Days == r.Steps[i-1].Days:
			return fmt.Errorf("%d days twice", s.Days)
		case i > 0 && s.Percent >= r.Steps[i-1].Percent:
			return errors.New("a step further from the date must take less off")
		}
	}
	return nil
}

// Horizon is how many days ahead of best-before the rule starts.
func (r Rule) Horizon() int { return r.Steps[len(r.Steps)-1].Days }

// String writes r as ParseRule reads it, furthest step first.
func (r Rule) String() string {
	parts := make([]string, len(r.Steps))
	for i, s := range r.Steps {
		parts[len(parts)-1-i] = fmt.Sprintf("%d:%d", s.Days, s.Percent)
	}
	return strings.Join(parts, ",")
}

// Lot is a quantity of one product best before one date.
type Lot struct {
	SKU        string
	BestBefore string // YYYY-MM-DD, the store's date
	Quantity   int64
	Price      int64 // the product's price in store, in fen
}

// Suggestion is a markdown the rule proposes for a lot.
type Suggestion struct {
	Lot
	DaysLeft int // calendar days from the store's today to best-before
	Percent  int
	Price    int64     // the suggested price, in fen, rounded down to 10 fen
	Ends     time.Time // the end of the best-before day in the store's zone
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
		i := slices.IndexFunc(r.Steps, func(s Step) bool { return left <= s.Days })
		if i < 0 {
			continue
		}
		s := r.Steps[i]
		price := l.Price * int64(100-s.Percent) / 100 / 10 * 10
		out = append(out, Suggestion{Lot: l, DaysLeft: left, Percent: s.Percent, Price: price, Ends: bb.AddDate(0, 0, 1)})
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

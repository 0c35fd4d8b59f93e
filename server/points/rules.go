package points

import (
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// Bounds of the rules and of a receipt. With them a receipt's points
// (amount × rate × category % × campaign %) stay far inside int64.
const (
	MaxAmountFen   = 1_000_000_000 // ten million yuan on one receipt
	maxPerYuan     = rest.PointsMaxPerYuan
	maxPercent     = rest.PointsMaxPercent
	maxCategories  = 200
	maxCampaigns   = 50
	maxLines       = 200
	maxExpiryDays  = rest.PointsMaxExpiryDays
	MaxPoints      = rest.PointsMax
	defaultPerYuan = 1
)

// DefaultRules are a store's rules until staff set their own: a point a
// yuan, kept for a year.
func DefaultRules() rest.PointsRules {
	return rest.PointsRules{PointsPerYuan: defaultPerYuan, ExpiryDays: 365}
}

var slug = rest.PointsRuleID

// ValidateRules says which field of r breaks a rule, as a
// *content.FieldError.
func ValidateRules(r rest.PointsRules) error {
	switch {
	case r.PointsPerYuan < 0 || r.PointsPerYuan > maxPerYuan:
		return &content.FieldError{Field: "points_per_yuan", Message: fmt.Sprintf("must be 0 to %d", maxPerYuan)}
	case r.ExpiryDays < 1 || r.ExpiryDays > maxExpiryDays:
		return &content.FieldError{Field: "expiry_days", Message: fmt.Sprintf("must be 1 to %d", maxExpiryDays)}
	case r.CapPerReceipt < 0 || r.CapPerReceipt > MaxPoints:
		return &content.FieldError{Field: "cap_per_receipt", Message: fmt.Sprintf("must be 0 (no cap) to %d", MaxPoints)}
	case len(r.Categories) > maxCategories:
		return &content.FieldError{Field: "categories", Message: fmt.Sprintf("at most %d", maxCategories)}
	case len(r.Campaigns) > maxCampaigns:
		return &content.FieldError{Field: "campaigns", Message: fmt.Sprintf("at most %d", maxCampaigns)}
	}
	for id, pct := range r.Categories {
		if !slug.MatchString(id) {
			return &content.FieldError{Field: "categories", Message: fmt.Sprintf("%q is not a category id", id)}
		}
		if pct < 0 || pct > maxPercent {
			return &content.FieldError{Field: "categories." + id, Message: fmt.Sprintf("must be 0 to %d (percent)", maxPercent)}
		}
	}
	seen := map[string]bool{}
	for i, c := range r.Campaigns {
		field := fmt.Sprintf("campaigns[%d]", i)
		switch {
		case !slug.MatchString(c.ID) || seen[c.ID]:
			return &content.FieldError{Field: field + ".id", Message: "must be a unique id: lower-case letters, digits and -"}
		case c.Percent < 0 || c.Percent > maxPercent:
			return &content.FieldError{Field: field + ".percent", Message: fmt.Sprintf("must be 0 to %d", maxPercent)}
		case c.From.IsZero() || !c.To.After(c.From):
			return &content.FieldError{Field: field + ".to", Message: "must be after from"}
		}
		seen[c.ID] = true
	}
	return nil
}

// ValidateEarn checks a receipt's own fields (the member code is checked
// when it is resolved).
func ValidateEarn(in rest.PointsEarnInput) error {
	if err := checkKey("receipt_id", in.ReceiptID); err != nil {
		return err
	}
	if in.AmountFen < 1 || in.AmountFen > MaxAmountFen {
		return &content.FieldError{Field: "amount_fen", Message: fmt.Sprintf("must be 1 to %d", MaxAmountFen)}
	}
	if len(in.Lines) > maxLines {
		return &content.FieldError{Field: "lines", Message: fmt.Sprintf("at most %d", maxLines)}
	}
	var sum int64
	for i, l := range in.Lines {
		if !slug.MatchString(l.Category) {
			return &content.FieldError{Field: fmt.Sprintf("lines[%d].category", i), Message: "must be a category id"}
		}
		if l.AmountFen < 0 || l.AmountFen > MaxAmountFen {
			return &content.FieldError{Field: fmt.Sprintf("lines[%d].amount_fen", i), Message: fmt.Sprintf("must be 0 to %d", MaxAmountFen)}
		}
		sum += l.AmountFen
	}
	if sum > in.AmountFen {
		return &content.FieldError{Field: "lines", Message: "add up to more than amount_fen"}
	}
	return nil
}

// checkKey checks an idempotency key: a receipt's id as the till prints
// it.
func checkKey(field, key string) error {
	if err := content.CheckString(field, key, 64, true); err != nil {
		return err
	}
	return nil
}

// ErrNoCampaign is an earn naming a campaign the rules lack, or one not
// running.
var ErrNoCampaign = fmt.Errorf("no such campaign running now")

// Earned is what a receipt earns under r at t: each category's share at
// its multiplier (the rest at ×1), the campaign's multiplier over all,
// rounded down once, then capped.
func Earned(r rest.PointsRules, in rest.PointsEarnInput, t time.Time) (int64, error) {
	campaign := int64(100)
	if in.Campaign != "" {
		found := false
		for _, c := range r.Campaigns {
			if c.ID == in.Campaign && !t.Before(c.From) && t.Before(c.To) {
				campaign, found = int64(c.Percent), true
			}
		}
		if !found {
			return 0, ErrNoCampaign
		}
	}
	rest := in.AmountFen
	var num int64 // in fen × percent
	for _, l := range in.Lines {
		pct, ok := r.Categories[l.Category]
		if !ok {
			pct = 100
		}
		num += l.AmountFen * int64(pct)
		rest -= l.AmountFen
	}
	num += rest * 100
	// fen→yuan (100) and two percentages (100 × 100).
	pts := num * int64(r.PointsPerYuan) * campaign / (100 * 100 * 100)
	if r.CapPerReceipt > 0 && pts > r.CapPerReceipt {
		pts = r.CapPerReceipt
	}
	return pts, nil
}

package form

import (
	"strconv"
	"strings"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsItemDraft is a points catalogue item's inputs, as typed: the
// coupon campaign it gives and its price in points.
type PointsItemDraft struct{ Campaign, Price string }

// PointsItemFields is the item editor's field order.
var PointsItemFields = []string{"campaign", "price", ""}

// NewPointsItemDraft fills the editor from an item (ID "": a new one).
func NewPointsItemDraft(it rest.PointsItem) PointsItemDraft {
	f := PointsItemDraft{Campaign: it.Campaign}
	if it.Price > 0 {
		f.Price = strconv.FormatInt(it.Price, 10)
	}
	return f
}

// Input checks the form as the server will, and builds the request.
func (f PointsItemDraft) Input() (rest.PointsItemInput, Problems) {
	ps := Problems{}
	in := rest.PointsItemInput{Campaign: strings.TrimSpace(f.Campaign)}
	if in.Campaign == "" {
		ps["campaign"] = problem(i18n.ConsoleErrPointsCampaign)
	}
	in.Price = int64(whole(ps, "price", f.Price, 1, rest.PointsMax))
	if len(ps) > 0 {
		return rest.PointsItemInput{}, ps
	}
	return in, nil
}

// Refused says the server's refusal of an item in our words: its price
// is in points, not yuan as a product's.
func (f PointsItemDraft) Refused(d rest.ErrorDetail, status, retryAfter int) Problems {
	if d.Code == "invalid" {
		switch d.Field {
		case "price":
			return Problems{"price": problem(i18n.ConsoleErrWhole, "Min", 1, "Max", rest.PointsMax)}
		case "campaign":
			return Problems{"campaign": problem(i18n.ConsoleErrPointsCampaign)}
		}
	}
	return Refused(d, status, retryAfter)
}

package form

import (
	"strconv"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Duration units the campaign editor offers.
const (
	UnitMinutes = "minutes"
	UnitHours   = "hours"
	UnitDays    = "days"
)

var unitMinutesOf = map[string]int{UnitMinutes: 1, UnitHours: 60, UnitDays: 24 * 60}

// SplitMinutes shows m in the largest unit that holds it whole: the count
// as typed, and its unit.
func SplitMinutes(m int) (string, string) {
	switch {
	case m <= 0:
		return "", UnitHours
	case m%(24*60) == 0:
		return strconv.Itoa(m / (24 * 60)), UnitDays
	case m%60 == 0:
		return strconv.Itoa(m / 60), UnitHours
	}
	return strconv.Itoa(m), UnitMinutes
}

// CampaignDraft is the campaign editor's inputs, as typed.
type CampaignDraft struct {
	Title, Offer           [3]string // by content.Locales
	Quantity, PerDevice    string
	Window, WindowUnit     string
	Validity, ValidityUnit string
	From, To               string // datetime-local, in the browser's zone
	Status, Promotion      string
	Groups                 []string // kept as they are
}

// NewCampaignDraft fills the form from a stored campaign (ID "": sensible
// defaults for a new one).
func NewCampaignDraft(c rest.CampaignWithReport, loc *time.Location) CampaignDraft {
	if c.ID == "" {
		// A kiosk is shared: its limit cannot tell shoppers apart, only
		// stop one person emptying the campaign from one kiosk. One coupon
		// per kiosk every 2 minutes lets the next shopper have theirs.
		return CampaignDraft{Quantity: "100", PerDevice: "1", Window: "2", WindowUnit: UnitMinutes,
			Validity: "7", ValidityUnit: UnitDays, Status: content.CampaignDraft}
	}
	f := CampaignDraft{
		Quantity: strconv.Itoa(c.Quantity), PerDevice: strconv.Itoa(c.PerDevice),
		Status: c.Status, Promotion: c.Promotion, Groups: c.Groups,
	}
	for i, l := range content.Locales {
		f.Title[i], f.Offer[i] = c.Title[l], c.Offer[l]
	}
	f.Window, f.WindowUnit = SplitMinutes(c.WindowMinutes)
	f.Validity, f.ValidityUnit = SplitMinutes(c.CouponMinutes)
	if c.ValidFrom != nil {
		f.From = c.ValidFrom.In(loc).Format(dateLayout)
	}
	if c.ValidTo != nil {
		f.To = c.ValidTo.In(loc).Format(dateLayout)
	}
	return f
}

// CampaignFields is the editor's field order, for focusing the first
// problem.
var CampaignFields = []string{
	"title", "title.zh-Hans", "title.zh-Hant", "title.en", "offer.zh-Hans", "offer.zh-Hant", "offer.en",
	"quantity", "per_device", "window_minutes", "coupon_minutes", "valid_from", "valid_to", "status", "promotion", "",
}

// minutesIn reads a count of unit as minutes, from 1 minute to a year.
func (f CampaignDraft) minutesIn(ps Problems, field, s, unit string) int {
	per := unitMinutesOf[unit]
	if per == 0 {
		per = 60
	}
	hi := content.MaxCouponMinutes / per
	n, ok := wholeIn(s, 1, hi)
	if !ok {
		ps[field] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", hi)
	}
	return n * per
}

// Input checks the form as the server will, and builds the request.
func (f CampaignDraft) Input(loc *time.Location) (rest.CampaignInput, Problems) {
	ps := Problems{}
	in := rest.CampaignInput{Status: f.Status, Promotion: f.Promotion, Groups: f.Groups}
	in.Title = texts(ps, "title", f.Title, content.MaxTitleRunes, true)
	in.Offer = texts(ps, "offer", f.Offer, content.MaxBodyRunes, false)
	var ok bool
	if in.Quantity, ok = wholeIn(f.Quantity, 1, content.MaxCampaignQuantity); !ok {
		ps["quantity"] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", content.MaxCampaignQuantity)
	}
	if in.PerDevice, ok = wholeIn(f.PerDevice, 1, 100); !ok {
		ps["per_device"] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", 100)
	}
	in.WindowMinutes = f.minutesIn(ps, "window_minutes", f.Window, f.WindowUnit)
	in.CouponMinutes = f.minutesIn(ps, "coupon_minutes", f.Validity, f.ValidityUnit)
	in.ValidFrom = DateInput(ps, "valid_from", f.From, loc)
	in.ValidTo = DateInput(ps, "valid_to", f.To, loc)
	if in.ValidFrom != nil && in.ValidTo != nil && !in.ValidTo.After(*in.ValidFrom) {
		ps["valid_to"] = problem(i18n.ConsoleErrValidTo)
	}
	switch f.Status {
	case content.CampaignDraft, content.CampaignLive, content.CampaignPaused, content.CampaignEnded:
	default:
		ps["status"] = problem(i18n.ConsoleErrStatus)
	}
	if len(ps) > 0 {
		return rest.CampaignInput{}, ps
	}
	return in, nil
}

// Refused says the server's refusal of a campaign (see Refused) in our
// words, with the limits of the units this draft uses.
func (f CampaignDraft) Refused(d rest.ErrorDetail, status, retryAfter int) Problems {
	ps := Refused(d, status, retryAfter)
	if d.Code != "invalid" {
		return ps
	}
	switch {
	case d.Field == "quantity" && strings.Contains(d.Message, "claimed"):
		ps[d.Field] = problem(i18n.ConsoleErrBelowClaimed)
	case d.Field == "quantity":
		ps[d.Field] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", content.MaxCampaignQuantity)
	case d.Field == "per_device":
		ps[d.Field] = problem(i18n.ConsoleErrWhole, "Min", 1, "Max", 100)
	case d.Field == "window_minutes":
		f.minutesIn(ps, d.Field, "0", f.WindowUnit)
	case d.Field == "coupon_minutes":
		f.minutesIn(ps, d.Field, "0", f.ValidityUnit)
	case d.Field == "status":
		ps[d.Field] = problem(i18n.ConsoleErrStatus)
	case d.Field == "promotion":
		ps[d.Field] = problem(i18n.ConsoleErrPromotion)
	case strings.HasPrefix(d.Field, "offer."):
		ps[d.Field] = problem(i18n.ConsoleErrTooLong, "Max", content.MaxBodyRunes)
	}
	return ps
}

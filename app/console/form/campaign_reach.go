package form

import (
	"strings"
	"time"
)

// Reach is what one kiosk can give of a campaign before it ends, under
// its per-kiosk limit.
type Reach struct {
	PerKiosk int // at most this many coupons from one kiosk
	Kiosks   int // kiosks needed to give the whole quantity
	Quantity int
}

// KioskReach works out whether the per-kiosk limit lets the kiosks give
// every coupon before the campaign ends: ok is true when they cannot (one
// kiosk would need more than its limit allows), so the editor can warn.
// A campaign with no end, or a draft that does not parse yet, has no
// warning.
func (f CampaignDraft) KioskReach(loc *time.Location) (r Reach, ok bool) {
	quantity, ok1 := wholeIn(f.Quantity, 1, 1<<30)
	perDevice, ok2 := wholeIn(f.PerDevice, 1, 100)
	window, ok3 := wholeIn(f.Window, 1, 1<<30)
	per := unitMinutesOf[f.WindowUnit]
	if !ok1 || !ok2 || !ok3 || per == 0 || strings.TrimSpace(f.To) == "" {
		return Reach{}, false
	}
	ps := Problems{}
	to := DateInput(ps, "to", f.To, loc)
	from := DateInput(ps, "from", f.From, loc)
	if to == nil {
		return Reach{}, false
	}
	start := time.Now()
	if from != nil && from.After(start) {
		start = *from
	}
	if !to.After(start) {
		return Reach{}, false
	}
	windowDur := time.Duration(window*per) * time.Minute
	windows := int((to.Sub(start) + windowDur - 1) / windowDur) // a window begun still counts
	perKiosk := windows * perDevice
	if perKiosk < 0 || perKiosk >= quantity { // < 0: overflow, far beyond any quantity
		return Reach{}, false
	}
	return Reach{PerKiosk: perKiosk, Kiosks: (quantity + perKiosk - 1) / perKiosk, Quantity: quantity}, true
}

package kiosk

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ScreenKeyPrefix marks the browser storage that belongs to the screen, not
// to a shopper: the live feed's last state and the paired screen's device
// token. The idle reset keeps these and removes everything else.
const ScreenKeyPrefix = "storecast."

// reset starts over for the next shopper: nothing of this one stays on
// screen, in memory or in the browser's storage, and the kiosk goes back
// to its attract loop in the store's language with no modes.
func (p *Page) reset(ctx app.Context) {
	p.speaker.Cancel()
	p.search = search{seq: p.search.seq + 1} // drops answers still on their way
	p.call = callNone
	p.claim = claimState{seq: p.claim.seq + 1}    // the coupon on screen, and any on its way
	p.points = pointsState{seq: p.points.seq + 1} // the member linked, and any answer on its way
	p.phase, p.left, p.slide, p.beforeWarning = PhaseActive, 0, 0, nil
	p.announce, p.andScreen, p.keep = "", false, false
	p.idle.Touch(p.clock.Now())
	clearShopperStorage()
	if el := app.Window().Get("document").Get("activeElement"); el.Truthy() {
		el.Call("blur")
	}
	fresh := p.route.Fresh().URL()
	if p.state.UpdatePending {
		app.Window().Get("location").Call("replace", fresh)
		return
	}
	ctx.Navigate(fresh)
}

func clearShopperStorage() {
	defer func() {
		if r := recover(); r != nil {
			app.Log("kiosk: clear storage:", r)
		}
	}()
	ls := app.Window().Get("localStorage")
	var drop []string
	for i := 0; i < ls.Get("length").Int(); i++ {
		if k := ls.Call("key", i).String(); !strings.HasPrefix(k, ScreenKeyPrefix) {
			drop = append(drop, k)
		}
	}
	for _, k := range drop {
		ls.Call("removeItem", k)
	}
	app.Window().Get("sessionStorage").Call("clear")
}

package couponpage

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

const bootID = "sc-coupon-boot"

// bootElement hands the server-rendered coupon to the wasm, as the text of
// a hidden element: go-app prerenders attribute values Go-quoted (\"), which
// HTML does not unescape, so JSON in an attribute arrives cut at its first
// quote; text is HTML-escaped and arrives whole.
func bootElement(cp *content.Coupon) app.UI {
	b, _ := json.Marshal(cp)
	return app.Div().ID(bootID).Hidden(true).Text(string(b))
}

func bootCoupon() (*content.Coupon, bool) {
	el := app.Window().GetElementByID(bootID)
	if !el.Truthy() {
		return nil, true
	}
	var cp content.Coupon
	if json.Unmarshal([]byte(el.Get("textContent").String()), &cp) != nil {
		return nil, true
	}
	return &cp, false
}

// fetchCoupon asks the API with the browser's fetch (no Go HTTP client in
// the wasm) and calls done with the coupon; failures are ignored, the page
// keeps what it shows.
func fetchCoupon(code string, done func(content.Coupon)) {
	var onText, onResp, onErr app.Func
	release := func() { onText.Release(); onResp.Release(); onErr.Release() }
	onErr = app.FuncOf(func(app.Value, []app.Value) any { release(); return nil })
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		var cp content.Coupon
		if json.Unmarshal([]byte(args[0].String()), &cp) == nil && cp.Code != "" {
			done(cp)
		}
		return nil
	})
	onResp = app.FuncOf(func(_ app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			release()
			return nil
		}
		res.Call("text").Call("then", onText, onErr)
		return nil
	})
	app.Window().Call("fetch", "/api/v1/coupons/"+code, map[string]any{"cache": "no-store"}).Call("then", onResp, onErr)
}

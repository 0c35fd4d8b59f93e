// Package couponpage is the shopper's coupon page at /c/{code}, opened on the
// phone from the kiosk's QR code: the offer, its validity and status, and
// the code, large, for the cashier. The server prerenders it, so it reads
// without the wasm; the service worker keeps it for offline use; in the
// browser it refreshes the status while open.
package couponpage

import (
	"context"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/screen"
)

// Pattern matches coupon page paths. Not "{1,40}": a counted repeat
// compiles into forty copies of the class, and every screen compiles the
// route table as it starts (it showed in a kiosk's start-up profile); a
// code of any length reaches the page, which says it is not valid.
const Pattern = `^/c/[A-Za-z0-9-]+$`

// RefreshEvery is how often an open page asks for the coupon's status.
const RefreshEvery = 3 * time.Second

// Source gives the server-side render the coupon; nil in the browser.
type Source func(ctx context.Context, code string) (content.Coupon, error)

// Page is the coupon page.
type Page struct {
	app.Compo
	Source Source

	locale string
	code   string
	coupon *content.Coupon
	failed bool // the code is not valid (server said so)
	stop   chan struct{}
}

func codeOf(path string) string { return strings.TrimPrefix(path, "/c/") }

func (p *Page) OnInit() {
	if app.IsClient {
		u := app.Window().URL()
		p.locale, p.code = screen.LocaleOf(u), codeOf(u.Path)
		p.coupon, p.failed = bootCoupon()
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	u := ctx.Page().URL()
	p.locale, p.code = screen.LocaleOf(u), codeOf(u.Path)
	ctx.Page().SetLang(p.locale)
	ctx.Page().SetTitle("%s", i18n.T(p.locale, i18n.CouponTitle))
	if p.Source == nil {
		return
	}
	cp, err := p.Source(ctx, p.code)
	if err != nil {
		p.failed = true
		return
	}
	p.coupon = &cp
}

func (p *Page) OnMount(ctx app.Context) {
	p.stop = make(chan struct{})
	stop := p.stop
	ctx.Async(func() {
		t := time.NewTicker(RefreshEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.refresh(ctx)
			case <-stop:
				return
			}
		}
	})
}

func (p *Page) OnDismount() { close(p.stop) }

// refresh asks the server for the status; offline, the page keeps what it
// shows.
func (p *Page) refresh(ctx app.Context) {
	if p.failed || p.coupon == nil || p.coupon.Status != content.CouponIssued {
		return // only an issued coupon can still change
	}
	fetchCoupon(p.code, func(cp content.Coupon) {
		ctx.Dispatch(func(app.Context) { p.coupon = &cp })
	})
}

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A promotion created through the API appears on open signage and kiosk
// pages without a reload, and disappears when it is deleted.
func TestPromotionReachesScreensLive(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	signage, kiosk := openLiveScreens(t, s)

	title := "E2E live offer " + strconv.FormatInt(time.Now().UnixNano(), 36)
	var created struct {
		ID string `json:"id"`
	}
	code := s.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{
		"title":    map[string]string{"en": title, "zh-Hans": title},
		"price":    1290,
		"priority": 999,
	}, &created)
	if code != http.StatusCreated {
		t.Fatalf("POST promotion = %d; want 201", code)
	}
	has := fmt.Sprintf(`[...document.querySelectorAll(".sc-promo-title")].some(e => e.textContent === %q)`, title)
	waitJS(t, signage, has)
	waitJS(t, kiosk, has)
	if !eval[bool](t, signage, `window.scNoReload === true`) || !eval[bool](t, kiosk, `window.scNoReload === true`) {
		t.Fatal("a page reloaded to show the new promotion; want a live update")
	}

	if code := s.API(t, http.MethodDelete, "/api/v1/promotions/"+created.ID, nil, nil); code != http.StatusNoContent {
		t.Fatalf("DELETE promotion = %d; want 204", code)
	}
	waitJS(t, signage, "!("+has+")")
	waitJS(t, kiosk, "!("+has+")")
}

// openLiveScreens opens a signage page and a kiosk in English, each
// marked with window.scNoReload, which a reload would wipe.
func openLiveScreens(t *testing.T, s *harness.Server) (signage, kiosk context.Context) {
	t.Helper()
	signage = kit.Tab(t, 1280, 800)
	kiosk = harness.NewTab(t, signage)
	open(t, signage, s.URL+"/signage?lang=en")
	open(t, kiosk, s.URL+"/kiosk?lang=en")
	eval[bool](t, signage, `window.scNoReload = true`)
	eval[bool](t, kiosk, `window.scNoReload = true`)
	return signage, kiosk
}

// A screen's page opens its feed's socket from the head, before the wasm
// has started, and the feed adopts it rather than dialling a second one.
// The page says its hello on it before the wasm renders (live.Greet: the
// server-rendered boot element is still there), and only once: a second
// hello would get the socket closed, and a second socket counted. Other
// pages open none.
func TestScreensAdoptTheSocketOpenedEarly(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	first := kit.Tab(t, 1280, 800)
	for _, tt := range []struct {
		path    string
		sockets int
	}{
		{"/kiosk?lang=en", 1},
		{"/signage?lang=en", 1},
		{"/kiosk/offers?lang=en", 1},
	} {
		tab := harness.NewTab(t, first)
		beforeLoad(t, tab, `window.scSockets = [];
			const WS = window.WebSocket;
			window.WebSocket = function (...args) { const ws = new WS(...args); window.scSockets.push(ws); return ws; };
			window.WebSocket.prototype = WS.prototype;
			Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
			window.scHellos = [];
			const send = WS.prototype.send;
			WS.prototype.send = function (data) {
				if (JSON.parse(data).type === "hello") window.scHellos.push(document.getElementById("sc-boot") !== null);
				return send.call(this, data);
			};`)
		open(t, tab, s.URL+tt.path)
		if n := eval[int](t, tab, `window.scSockets.length`); n != tt.sockets {
			t.Errorf("%s opened %d WebSockets; want %d (the early one, adopted)", tt.path, n, tt.sockets)
		}
		if !eval[bool](t, tab, `window.storecastSocket === undefined && window.scSockets[0].readyState === 1`) {
			t.Errorf("%s: the early socket was not adopted, or is not the open one", tt.path)
		}
		if hellos := eval[[]bool](t, tab, `window.scHellos`); len(hellos) != 1 || !hellos[0] {
			t.Errorf("%s: hellos sent (true: before the wasm's first render) = %v; want [true]", tt.path, hellos)
		}
	}
	// The shopper's coupon page has no feed.
	tab := harness.NewTab(t, first)
	beforeLoad(t, tab, `window.scNew = 0; const WS = window.WebSocket; window.WebSocket = function (...a) { window.scNew++; return new WS(...a); };`)
	if err := chromedp.Do(tab, chromedp.Navigate(s.URL+"/c/0000-0000-0000")); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, tab, `window.scNew`); n != 0 {
		t.Errorf("the coupon page opened %d WebSockets; want none", n)
	}
}

// Screens and the staff console are two programs (app.wasm and
// console.wasm, app/programs): a link from one into the other loads the
// page afresh, with its own program, rather than showing "not found".
func TestLinksBetweenTheTwoProgramsLoadTheOther(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1280, 800)
	wasmLoaded := func(name string) string {
		return `performance.getEntriesByType("resource").some(e => new URL(e.name).pathname === "/web/` + name + `")`
	}
	click := func(href string) {
		t.Helper()
		eval[bool](t, tab, `window.scSamePage = true; const a = document.createElement("a"); a.href = "`+href+`"; document.body.appendChild(a); a.click(); true`)
	}
	open(t, tab, s.URL+"/kiosk?lang=en")
	click("/console")
	waitJS(t, tab, `location.pathname === "/console" && window.scSamePage === undefined && document.getElementById("cs-main") !== null && `+wasmLoaded("console.wasm")+` && !`+wasmLoaded("app.wasm"))
	click("/signage?lang=en")
	waitJS(t, tab, `location.pathname === "/signage" && window.scSamePage === undefined && document.documentElement.dataset.live === "1" && `+wasmLoaded("app.wasm"))
}

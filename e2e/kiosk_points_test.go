package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// pointsItemFor adds a catalogue item for campaign at price points.
func pointsItemFor(t *testing.T, s *harness.Server, campaign string, price int) {
	t.Helper()
	if code := s.API(t, "POST", "/api/v1/points/items", map[string]any{"campaign": campaign, "price": price}, nil); code != http.StatusCreated {
		t.Fatalf("POST points item = %d", code)
	}
}

// TestKioskMyPoints: a member types their code on the kiosk's keypad
// (pointer events only), sees their balance and the catalogue (the item
// they cannot afford marked), exchanges points for a coupon after a
// confirmation, sees the coupon as a claimed one and their balance
// lower; axe finds nothing in any mode, voice mode reads the balance,
// elder mode offers at most 4 choices; the idle reset forgets the member;
// a scanner's typing links them again.
func TestKioskMyPoints(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	pointsItemFor(t, s, kioskCampaign(t, s, "Free coffee", "", 10, 5), 150)
	pointsItemFor(t, s, kioskCampaign(t, s, "Big basket", "", 10, 5), 5000)
	var m rest.PointsMember
	if code := s.API(t, "POST", "/api/v1/points/members", map[string]any{"consent_version": 1, "consent_locale": "en"}, &m); code != http.StatusCreated {
		t.Fatalf("join = %d", code)
	}
	earn := map[string]any{"member_code": m.Code, "receipt_id": "R-1", "amount_fen": 20000}
	if code := s.API(t, "POST", "/api/v1/points/earns", earn, nil); code != http.StatusCreated {
		t.Fatalf("earn = %d", code)
	}

	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk/menu?lang=en")
	eval[bool](t, tab, `window.scNoReload = true`)
	click(t, tab, `.sc-menu a[href="/kiosk/points?lang=en"]`)
	waitJS(t, tab, `document.querySelector("#sc-member")`)
	if vs := runAxe(t, tab, false, ""); len(vs) > 0 {
		t.Errorf("axe on the code screen: %s", describe(vs))
	}

	// The phone's code now (it changes every 30 s), typed key by key.
	var c rest.PointsCode
	if code := s.APIAs(t, "", "POST", "/api/v1/points/card/code", map[string]string{"card": m.Card}, &c); code != http.StatusOK {
		t.Fatalf("card code = %d", code)
	}
	for _, k := range strings.Split(c.Code, "") {
		click(t, tab, "#sc-key-"+strings.ToLower(k))
	}
	if got := eval[string](t, tab, `document.querySelector("#sc-member").value`); got != c.Code {
		t.Fatalf("typed %q; want %q", got, c.Code)
	}
	click(t, tab, "#sc-member-go")
	waitJS(t, tab, `document.querySelector("#sc-points-balance")`)
	if got := eval[string](t, tab, `document.querySelector("#sc-points-balance").innerText`); got != "You have 200 points" {
		t.Errorf("balance shows %q; want You have 200 points", got)
	}
	if n := eval[int](t, tab, `document.querySelectorAll(".sc-points-choose").length`); n != 1 {
		t.Errorf("%d items offered; want 1 (the other costs more than the balance)", n)
	}
	if got := eval[string](t, tab, `document.querySelector(".sc-points-short").innerText`); !strings.Contains(got, "Not enough points yet") {
		t.Errorf("the dear item shows %q; want it marked", got)
	}

	// Every mode: axe clean; voice reads the balance; elder ≤ 4 choices.
	for _, mode := range kioskModes {
		t.Run(modeName(mode), func(t *testing.T) {
			mk := mark(t, tab)
			goKiosk(t, tab, withModes("/kiosk/points?lang=en", mode), `document.querySelector("#sc-points-balance")`)
			if vs := runAxe(t, tab, mode == "contrast" || mode == "elder", ""); len(vs) > 0 {
				t.Errorf("axe: %s", describe(vs))
			}
			switch mode {
			case "voice":
				waitSpoken(t, tab, mk, "with the balance", func(s spoken) bool {
					return strings.Contains(s.Text, "You have 200 points") && strings.Contains(s.Text, "Free coffee")
				})
			case "elder":
				if n := eval[int](t, tab, `document.querySelectorAll(".sc-main .sc-points-choose, .sc-main .sc-page-prev, .sc-main .sc-page-next").length`); n > 4 {
					t.Errorf("elder mode offers %d choices; want at most 4", n)
				}
			}
		})
	}

	// Exchange, with "yes" first; the coupon shows as a claimed one.
	goKiosk(t, tab, "/kiosk/points?lang=en", `document.querySelector(".sc-points-choose")`)
	click(t, tab, ".sc-points-choose")
	waitJS(t, tab, `document.querySelector("#sc-points-yes")`)
	if got := eval[string](t, tab, `document.querySelector("#sc-points-ask").innerText`); got != "Use 150 points for Free coffee?" {
		t.Errorf("confirmation asks %q", got)
	}
	if vs := runAxe(t, tab, false, ""); len(vs) > 0 {
		t.Errorf("axe on the confirmation: %s", describe(vs))
	}
	click(t, tab, "#sc-points-yes")
	waitJS(t, tab, `location.pathname === "/kiosk/coupon" &&
		(q => q && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-kc-qr"))`)
	if code := eval[string](t, tab, `document.querySelector(".sc-kc-code").textContent`); !codeRE.MatchString(code) {
		t.Errorf("coupon code %q; want SC-XXXX-XXXX-XXXX", code)
	}
	if vs := runAxe(t, tab, false, ""); len(vs) > 0 {
		t.Errorf("axe on the coupon: %s", describe(vs))
	}
	goKiosk(t, tab, "/kiosk/points?lang=en", `document.querySelector("#sc-points-balance")`)
	if got := eval[string](t, tab, `document.querySelector("#sc-points-balance").innerText`); got != "You have 50 points" {
		t.Errorf("balance after the exchange shows %q; want You have 50 points", got)
	}

	// Left alone: the reset, and the member is forgotten.
	eval[bool](t, tab, `(window.scKioskClockRate = 20, true)`)
	waitJS(t, tab, `location.pathname === "/kiosk" && !document.querySelector("#sc-idle")`)
	eval[bool](t, tab, `(window.scKioskClockRate = 1, true)`)
	goKiosk(t, tab, "/kiosk/points?lang=en", `document.querySelector("#sc-member")`)
	if eval[bool](t, tab, `!!document.querySelector("#sc-points-balance")`) {
		t.Error("after the idle reset the kiosk still shows the member's balance")
	}

	// A scanner types the code and Enter into the box, focused as the
	// screen opens.
	if code := s.APIAs(t, "", "POST", "/api/v1/points/card/code", map[string]string{"card": m.Card}, &c); code != http.StatusOK {
		t.Fatalf("card code = %d", code)
	}
	if err := chromedp.Do(tab, chromedp.SendKeys("#sc-member", c.Code+kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `(b => b && b.innerText === "You have 50 points")(document.querySelector("#sc-points-balance"))`)
}

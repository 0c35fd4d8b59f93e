package e2e

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// qrReady is true once My points shows a link's QR code, loaded.
const qrReady = `(f => f && f.dataset.link && (q => q && q.complete && q.naturalWidth > 0)(f.querySelector("img")))(document.querySelector("#sc-points-qr"))`

// TestKioskLinksAPhone: a kiosk without a scanner shows a QR code on My
// points; a phone that joined at /m opens its link, confirms, and the
// kiosk shows the member's balance as after a typed code. axe finds
// nothing on the kiosk's link screen (standard and high contrast) nor on
// the phone's link page; voice mode reads the hint; a phone with no card
// is sent to join; the idle reset forgets the member and the link.
func TestKioskLinksAPhone(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	pointsItemFor(t, s, kioskCampaign(t, s, "Free coffee", "", 10, 5), 150)

	// The phone joins at /m; the till earns it 120 points.
	phone := kit.Tab(t, 390, 844)
	errs := watchErrors(t, phone)
	do(t, phone, chromedp.Navigate(s.URL+"/m?lang=en"))
	waitJS(t, phone, `!document.querySelector(".sc-member-join").hidden`)
	tap(t, phone, ".sc-member-join-button")
	waitJS(t, phone, `!!document.querySelector(".sc-member-code").textContent`)
	card := eval[string](t, phone, `localStorage.getItem("storecast.points.card")`)
	var c rest.PointsCode
	if code := s.APIAs(t, "", "POST", "/api/v1/points/card/code", map[string]string{"card": card}, &c); code != http.StatusOK {
		t.Fatalf("card code = %d", code)
	}
	earn := map[string]any{"member_code": c.Code, "receipt_id": "R-1", "amount_fen": 12000}
	if code := s.API(t, "POST", "/api/v1/points/earns", earn, nil); code != http.StatusCreated {
		t.Fatalf("earn = %d", code)
	}

	kiosk := kit.Tab(t, 1080, 1920)
	setViewport(t, kiosk, 1080, 1920, 1)
	beforeLoad(t, kiosk, speechRecorder)
	open(t, kiosk, s.URL+"/kiosk/menu?lang=en")
	eval[bool](t, kiosk, `window.scNoReload = true`)
	click(t, kiosk, `.sc-menu a[href="/kiosk/points?lang=en"]`)
	waitJS(t, kiosk, qrReady)
	if got := eval[string](t, kiosk, `document.querySelector("#sc-points-qr figcaption").innerText`); !strings.Contains(got, "Scan with your phone to link") {
		t.Errorf("the QR code's caption says %q", got)
	}
	if vs := runAxe(t, kiosk, false, ""); len(vs) > 0 {
		t.Errorf("axe on the link screen: %s", describe(vs))
	}
	for _, mode := range []string{"contrast", "voice", "elder"} {
		t.Run(mode, func(t *testing.T) {
			mk := mark(t, kiosk)
			goKiosk(t, kiosk, withModes("/kiosk/points?lang=en", mode), qrReady)
			switch mode {
			case "contrast":
				if vs := runAxe(t, kiosk, true, ""); len(vs) > 0 {
					t.Errorf("axe: %s", describe(vs))
				}
			case "voice":
				waitSpoken(t, kiosk, mk, "the QR code's hint", func(s spoken) bool { return strings.Contains(s.Text, "No scanner?") })
			}
		})
	}
	goKiosk(t, kiosk, "/kiosk/points?lang=en", qrReady)
	link, err := url.Parse(eval[string](t, kiosk, `document.querySelector("#sc-points-qr").dataset.link`))
	if err != nil || !strings.HasPrefix(link.Path, "/m/link/") {
		t.Fatalf("the QR code's link is %v (%v); want the member page's /m/link/{id}", link, err)
	}

	// A phone with no card is told to join first.
	stranger := kit.Tab(t, 390, 844)
	do(t, stranger, chromedp.Navigate(s.URL+link.Path+"?lang=en"))
	waitJS(t, stranger, `!document.querySelector(".sc-link-join").hidden && document.querySelector(".sc-link-confirm").hidden`)
	if href := eval[string](t, stranger, `document.querySelector(".sc-link-join a").getAttribute("href")`); href != "/m?lang=en" {
		t.Errorf("the join link goes to %q; want /m?lang=en", href)
	}
	if vs := runAxe(t, stranger, true, ""); len(vs) > 0 {
		t.Errorf("axe, the link page without a card: %s", describe(vs))
	}

	// The member's phone confirms; the kiosk shows the balance.
	do(t, phone, chromedp.Navigate(s.URL+link.Path+"?lang=en"))
	waitJS(t, phone, `!document.querySelector(".sc-link-confirm").hidden`)
	if vs := runAxe(t, phone, true, ""); len(vs) > 0 {
		t.Errorf("axe, the link page: %s", describe(vs))
	}
	tap(t, phone, ".sc-link-button")
	waitJS(t, phone, `document.querySelector("[role=status]").textContent.startsWith("Linked")`)
	waitJS(t, kiosk, `document.querySelector("#sc-points-balance")`)
	if got := eval[string](t, kiosk, `document.querySelector("#sc-points-balance").innerText`); got != "You have 120 points" {
		t.Errorf("balance shows %q; want You have 120 points", got)
	}
	if strings.Contains(eval[string](t, kiosk, `document.documentElement.outerHTML`), card) {
		t.Error("the kiosk's page holds the member's card")
	}
	// A second tap, a used link: told so.
	do(t, phone, chromedp.Reload())
	waitJS(t, phone, `!document.querySelector(".sc-link-confirm").hidden`)
	tap(t, phone, ".sc-link-button")
	waitJS(t, phone, `document.querySelector("[role=alert]").textContent.includes("expired or was used")`)

	// The idle reset forgets the member; My points offers a new link.
	eval[bool](t, kiosk, `(window.scKioskClockRate = 1000, true)`)
	waitJS(t, kiosk, `location.pathname === "/kiosk" && document.querySelector(".sc-attract-slide") !== null`)
	eval[bool](t, kiosk, `(window.scKioskClockRate = 1, true)`)
	goKiosk(t, kiosk, "/kiosk/points?lang=en", qrReady)
	if eval[bool](t, kiosk, `!!document.querySelector("#sc-points-balance")`) {
		t.Error("the balance is still on screen after the idle reset")
	}
	if again := eval[string](t, kiosk, `document.querySelector("#sc-points-qr").dataset.link`); again == link.String() {
		t.Errorf("after the idle reset the kiosk shows the old link %s", again)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("the phone's console: %v", e)
	}
}

package e2e

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

type enrolLink struct {
	Link struct {
		ID        string    `json:"id"`
		Name      string    `json:"name"`
		ExpiresAt time.Time `json:"expires_at"`
	} `json:"link"`
	URL   string `json:"url"`
	QRPNG []byte `json:"qr_png"`
}

type fleetScreen struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Groups    []string   `json:"groups"`
	Online    bool       `json:"online"`
	RevokedAt *time.Time `json:"revoked_at"`
}

func fleetScreens(t *testing.T, s *harness.Server) []fleetScreen {
	t.Helper()
	var v struct {
		Screens []fleetScreen `json:"screens"`
	}
	if code := s.API(t, http.MethodGet, "/api/v1/screens", nil, &v); code != http.StatusOK {
		t.Fatalf("GET /api/v1/screens = %d", code)
	}
	return slices.DeleteFunc(v.Screens, func(sc fleetScreen) bool { return sc.RevokedAt != nil })
}

// An admin makes an enrolment link; the signage screen that opens it
// becomes the screen the link describes and shows content once the server
// has answered, and its URL no longer holds the link. A second
// screen opening the same link is told it was used and shows a pairing
// code; the first one stays paired across a reload.
func TestEnrolScreenByLink(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--require-pairing"}})
	var made enrolLink
	body := map[string]any{"name": "Entrance", "kind": "signage", "groups": []string{"entrance", "dairy"}, "hours": 48}
	if code := s.API(t, http.MethodPost, "/api/v1/enrolment-links", body, &made); code != http.StatusCreated {
		t.Fatalf("create link = %d; want 201", code)
	}
	if !strings.HasPrefix(made.URL, s.URL+"/signage?enrol=sce_") {
		t.Fatalf("link = %q; want %s/signage?enrol=sce_…", made.URL, s.URL)
	}
	if got := readQR(t, made.QRPNG); got != made.URL {
		t.Fatalf("QR code says %q; want the link %q", got, made.URL)
	}

	first := kit.Tab(t, 1280, 800)
	beforeLoad(t, first, probe.EnrolJS)
	do(t, first, chromedp.Navigate(made.URL+"&lang=en"))
	waitJS(t, first, `document.documentElement.dataset.live === "1" && document.querySelectorAll(".sc-promo").length > 0 && !document.querySelector(".sc-pairing")`)
	// Live after the server answered; how soon after is make bench's
	// (enrol), against the same second.
	ms, err := probe.EnrolLive(first)
	if err != nil {
		t.Fatal(err)
	}
	if ms < 0 {
		t.Errorf("live %.0f ms before the server answered; want after", -ms)
	}
	t.Logf("live %.0f ms after the server answered the link", ms)
	if search := eval[string](t, first, `location.search`); search != "?lang=en" {
		t.Errorf("URL query after enrolment = %q; want the link gone, ?lang=en kept", search)
	}
	if !eval[bool](t, first, `localStorage.getItem("storecast.device")?.startsWith("scd_") === true`) {
		t.Error("no device token stored after enrolment")
	}
	var screen fleetScreen
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		scs := fleetScreens(t, s)
		if len(scs) != 1 || !scs[0].Online {
			return fmt.Errorf("fleet = %+v; want the enrolled screen online", scs)
		}
		screen = scs[0]
		return nil
	})
	if screen.Name != "Entrance" || !slices.Equal(screen.Groups, []string{"entrance", "dairy"}) {
		t.Fatalf("fleet screen = %+v; want Entrance in entrance, dairy", screen)
	}

	// The same link on another screen: refused, with a pairing code.
	second := harness.NewTab(t, first)
	do(t, second, chromedp.Navigate(made.URL+"&lang=en"))
	waitJS(t, second, `document.querySelector(".sc-enrol-error") && document.querySelector(".sc-pairing-code")?.textContent.length === 6`)
	if msg := eval[string](t, second, `document.querySelector(".sc-enrol-error").textContent`); !strings.Contains(msg, "already used") {
		t.Errorf("second screen says %q; want that the link was already used", msg)
	}
	if search := eval[string](t, second, `location.search`); search != "?lang=en" {
		t.Errorf("refused screen's URL query = %q; want the link gone", search)
	}
	if eval[bool](t, second, `document.documentElement.dataset.live === "1"`) {
		t.Error("the refused screen is live; want it waiting to be paired")
	}
	// The overlay only: the content underneath is hidden by it, so axe
	// cannot measure that content's contrast.
	if vs := runAxe(t, second, false, ".sc-pairing"); len(vs) > 0 {
		t.Errorf("refused screen's pairing view: axe-core found %d violations:%s", len(vs), describe(vs))
	}

	// A reload of the first screen keeps it paired: the link is not tried again.
	do(t, first, chromedp.Reload())
	waitJS(t, first, `document.documentElement.dataset.live === "1" && !document.querySelector(".sc-pairing")`)
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		if scs := fleetScreens(t, s); len(scs) != 1 || scs[0].ID != screen.ID || !scs[0].Online {
			return fmt.Errorf("fleet = %+v; want the first screen, %s, back online", scs, screen.ID)
		}
		return nil
	})
	var pending struct {
		Links []struct{ ID string } `json:"links"`
	}
	s.API(t, http.MethodGet, "/api/v1/enrolment-links", nil, &pending)
	if len(pending.Links) != 0 {
		t.Errorf("pending links = %+v; want none once used", pending.Links)
	}
}

// An admin makes a kiosk link in the console, copies it, sees its QR code
// and revokes it; a kiosk opening the revoked link shows why it cannot be
// used, and a pairing code.
func TestConsoleEnrolmentLink(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	console := kit.Tab(t, 1280, 900)
	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	do(t, console, chromedp.Click("#enrol-open"))
	waitJS(t, console, `document.activeElement?.id === "enrol-name"`)
	do(t, console,
		chromedp.SendKeys("#enrol-name", "Till 2"),
		chromedp.Click(`label[for="enrol-kind-kiosk"]`),
		chromedp.SendKeys("#enrol-groups", "tills"),
		chromedp.Click(`label[for="enrol-hours-168"]`),
		chromedp.Click(`#enrol button[type="submit"]`))
	waitJS(t, console, fmt.Sprintf(`document.querySelector("#enrol-url")?.value.startsWith(%q)`, s.URL+"/kiosk?enrol=sce_"))
	link := eval[string](t, console, `document.querySelector("#enrol-url").value`)
	src := eval[string](t, console, `document.querySelector(".cs-enrol-qr").src`)
	png, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(src, "data:image/png;base64,"))
	if err != nil {
		t.Fatalf("QR image source %.40q…: %v", src, err)
	}
	if got := readQR(t, png); got != link {
		t.Fatalf("console's QR code says %q; want %q", got, link)
	}
	if alt := eval[string](t, console, `document.querySelector(".cs-enrol-qr").alt`); !strings.Contains(alt, "Till 2") {
		t.Errorf("QR alt = %q; want it to name the screen", alt)
	}
	do(t, console, chromedp.Click("#enrol-copy"))
	waitJS(t, console, `[...document.querySelectorAll("#enrol-panel .cs-note")].some(n => n.textContent === "Link copied")`)

	card := `[...document.querySelectorAll(".cs-enrol-link")].find(c => c.querySelector(".cs-card-title")?.textContent === "Till 2")`
	waitJS(t, console, card)
	if meta := eval[string](t, console, card+`.textContent`); !strings.Contains(meta, "Kiosk · tills") {
		t.Errorf("pending link card = %q; want its kind and groups", meta)
	}
	do(t, console, chromedp.Click(`button[aria-label="Revoke the link for Till 2"]`))
	waitJS(t, console, `document.querySelector(".cs-enrol-links .cs-confirm .cs-btn-danger") !== null`)
	do(t, console, chromedp.Click(".cs-enrol-links .cs-confirm .cs-btn-danger"))
	waitJS(t, console, `!document.querySelector(".cs-enrol-link")`)

	kiosk := harness.NewTab(t, console)
	do(t, kiosk, chromedp.Navigate(link+"&lang=en"))
	waitJS(t, kiosk, `document.querySelector(".sc-enrol-error") && document.querySelector(".sc-pairing-code")?.textContent.length === 6`)
	if n := len(fleetScreens(t, s)); n != 0 {
		t.Errorf("%d screens after opening a revoked link; want 0", n)
	}

	var audit struct {
		Entries []struct{ Actor, Action string } `json:"entries"`
	}
	s.API(t, http.MethodGet, "/api/v1/audit", nil, &audit)
	var got []string
	for _, e := range audit.Entries {
		got = append(got, e.Actor+" "+e.Action)
	}
	for _, want := range []string{"boss enrol.create", "boss enrol.revoke"} {
		if !slices.Contains(got, want) {
			t.Errorf("audit %v lacks %q", got, want)
		}
	}
}

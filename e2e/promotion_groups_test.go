package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A promotion for group A shows on a kiosk paired into group A (attract
// loop, offers, the offer's page) and nowhere else: not on a signage screen
// in group B, where its playlist slide is skipped for the live promotions,
// nor on a kiosk that was never paired, nor in the server's first paint.
// Moved to group B, it leaves the kiosk and plays on the signage screen.
func TestPromotionForGroupShowsOnlyThere(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	// Each screen in a browser context of its own: its storage, and so
	// its device token, is not shared with the others.
	kioskA, signB, anon := kit.Tab(t, 1280, 800), kit.Tab(t, 1280, 800), kit.Tab(t, 1280, 800)
	pairInto(t, s, kioskA, "/kiosk?pair=1&lang=en&idle=600", "Kiosk A", "A")
	pairInto(t, s, signB, "/signage?pair=1&lang=en", "Signage B", "B")
	open(t, anon, s.URL+"/kiosk?lang=en&idle=600")

	nonce := strconv.FormatInt(time.Now().UnixNano(), 36)
	forA := "Only for A " + nonce
	promo := map[string]any{"title": map[string]string{"en": forA}, "price": 990, "priority": 1000, "groups": []string{"A"}}
	id := sgCreate(t, s, "/api/v1/promotions", promo)
	sgDefault(t, s, sgPlaylist(t, s, "Offer for A", "full", sgSlide("s1", "promotion", 5, "promotion", id)))
	// Published last: a screen showing it has had every change above.
	everyone := "For everyone " + nonce
	sgCreate(t, s, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": everyone}, "price": 500, "priority": 999})

	attract := func(title string) string {
		return fmt.Sprintf(`[...document.querySelectorAll(".sc-attract-slide .sc-promo-title")].some(e => e.textContent === %q)`, title)
	}
	waitJS(t, kioskA, attract(forA)+" && "+attract(everyone))
	waitJS(t, anon, attract(everyone))
	if eval[bool](t, anon, attract(forA)) {
		t.Error("an unpaired kiosk shows the promotion for group A")
	}
	// Group B's playlist has nothing it may play: it rotates its live
	// promotions instead of going black, and A's is not among them.
	fallback := `document.querySelector(".sc-slot.is-current")?.dataset.kind === "fallback"`
	waitJS(t, signB, fallback+" && "+titled(".sc-slot.is-current .sc-promo-title", everyone))
	if eval[bool](t, signB, titled(".sc-promo-title", forA)) {
		t.Error("a group B signage screen shows the promotion for group A")
	}

	// idle=600: the kiosks stay where the test puts them.
	offers, offer := "/kiosk/offers?lang=en&cat=all&idle=600", "/kiosk/offer?lang=en&cat=all&id="+id+"&idle=600"
	listed := func(title string) string { return titled(".sc-offer-list .sc-choice-label", title) }
	goKiosk(t, kioskA, offers, listed(everyone))
	if !eval[bool](t, kioskA, listed(forA)) {
		t.Error("the group A kiosk's offers do not list the promotion for group A")
	}
	goKiosk(t, anon, offers, listed(everyone))
	if eval[bool](t, anon, listed(forA)) {
		t.Error("the unpaired kiosk's offers list the promotion for group A")
	}
	goKiosk(t, kioskA, offer, fmt.Sprintf(`document.querySelector(".sc-offer")?.dataset.id === %q`, id))
	goKiosk(t, anon, offer, `document.querySelector(".sc-empty") !== null`)
	if eval[bool](t, anon, `document.querySelector(".sc-offer") !== null`) {
		t.Error("the unpaired kiosk opens the page of the promotion for group A")
	}

	// The server's first paint is an unpaired screen's: it cannot know
	// which screen asks.
	for _, path := range []string{offers, "/kiosk?lang=en", "/signage?lang=en"} {
		html := getPage(t, s.URL+path)
		if !strings.Contains(html, ">"+everyone+"<") {
			t.Errorf("GET %s paints no %q; want the promotions for every screen", path, everyone)
		}
		if strings.Contains(html, ">"+forA+"<") {
			t.Errorf("GET %s paints the promotion for group A", path)
		}
	}

	// Moved to group B: the kiosk's page of it says it is gone, and the
	// signage screen plays its slide.
	promo["groups"] = []string{"B"}
	if st := s.API(t, http.MethodPut, "/api/v1/promotions/"+id, promo, nil); st != http.StatusOK {
		t.Fatalf("move to group B = %d; want 200", st)
	}
	waitJS(t, signB, `document.querySelector(".sc-slot.is-current")?.dataset.kind === "promotion" && `+
		titled(".sc-slot.is-current .sc-promo-title", forA))
	waitJS(t, kioskA, `document.querySelector(".sc-offer") === null && document.querySelector(".sc-empty") !== null`)
	if eval[bool](t, anon, `document.querySelector(".sc-offer") !== null`) {
		t.Error("the unpaired kiosk shows the promotion moved to group B")
	}
}

// pairInto opens path on tab, pairs the screen into group, and waits until
// it is live.
func pairInto(t *testing.T, s *harness.Server, tab context.Context, path, name, group string) {
	t.Helper()
	code := pairingCode(t, tab, s.URL+path)
	body := map[string]any{"code": code, "name": name, "groups": []string{group}}
	if st := s.API(t, http.MethodPost, "/api/v1/screens", body, nil); st != http.StatusCreated {
		t.Fatalf("pair %s = %d; want 201", name, st)
	}
	waitJS(t, tab, `document.documentElement.dataset.live === "1" && !document.querySelector(".sc-pairing")`)
}

// titled is a JS predicate: some element matching sel has exactly title.
func titled(sel, title string) string {
	return fmt.Sprintf(`[...document.querySelectorAll(%q)].some(e => e.textContent === %q)`, sel, title)
}

// getPage fetches the server-rendered page at url, without running it.
func getPage(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d, %v", url, res.StatusCode, err)
	}
	return string(b)
}

// An editor makes an offer for some groups in the console: naming none is
// refused at the field, as the urgent message form does; the list says
// which screens each offer is for; editing it opens with its groups, and
// it can go back to the whole store.
func TestConsolePromotionGroups(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	console := kit.Tab(t, 1280, 800)
	if err := chromedp.Do(console); err != nil {
		t.Fatal(err)
	}
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	title := "Console offer for A " + strconv.FormatInt(time.Now().UnixNano(), 36)
	do(t, console, toView("/console/promotions"), chromedp.Click("#promo-new"))
	do(t, console,
		chromedp.SendKeys("#promo-title-en", title),
		chromedp.SendKeys("#promo-price", "9.90"),
		chromedp.Click(`label[for="promo-target-groups"]`))
	waitJS(t, console, `document.querySelector("#promo-groups") !== null`)
	do(t, console, chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#promo-groups-err")?.textContent === "Name at least one group, or choose the whole store."`)
	if !eval[bool](t, console, `document.activeElement.id === "promo-groups"`) {
		t.Error("focus is not on the groups field with the problem")
	}
	setValue(t, console, "#promo-groups", "A, 入口")
	do(t, console, chromedp.Click(`#promo button[type="submit"]`))

	card := fmt.Sprintf(`[...document.querySelectorAll(".cs-promo-card")].find(c => c.querySelector(".cs-card-title")?.textContent === %q)`, title)
	waitJS(t, console, card+`?.querySelector(".cs-promo-target")?.textContent === "Screens: A, 入口"`)
	var list struct {
		Promotions []struct {
			ID     string            `json:"id"`
			Title  map[string]string `json:"title"`
			Groups []string          `json:"groups"`
		} `json:"promotions"`
	}
	s.API(t, http.MethodGet, "/api/v1/promotions", nil, &list)
	id := ""
	for _, p := range list.Promotions {
		if p.Title["en"] == title {
			id = p.ID
			if strings.Join(p.Groups, "|") != "A|入口" {
				t.Errorf("stored groups = %q; want A, 入口", p.Groups)
			}
		}
	}
	if id == "" {
		t.Fatalf("promotion %q is not in the API's list", title)
	}

	do(t, console, chromedp.Click(fmt.Sprintf(`button[aria-label="Edit %s"]`, title)))
	waitJS(t, console, `document.querySelector("#promo-target-groups")?.checked && document.querySelector("#promo-groups")?.value === "A, 入口"`)
	do(t, console, chromedp.Click(`label[for="promo-target-store"]`), chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, console, card+`?.querySelector(".cs-promo-target")?.textContent === "Screens: Whole store"`)
	var p struct {
		Groups []string `json:"groups"`
	}
	if s.API(t, http.MethodGet, "/api/v1/promotions/"+id, nil, &p); len(p.Groups) != 0 {
		t.Errorf("groups after choosing the whole store = %q; want none", p.Groups)
	}
}

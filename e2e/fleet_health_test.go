package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A paired signage screen reports its health; an admin's fleet view shows
// how long it has run, its memory, its display and that it is on, and the
// live wall draws the slide it reports showing, with the same text. With
// -update it saves docs/screenshots/console-live-wall.png.
func TestFleetViewShowsScreenHealth(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "wang.li", "admin-pass-12", "admin")
	pl := sgPlaylist(t, s, "Entrance", "full",
		sgSlide("w1", "text", 600, "text", map[string]string{"en": "Welcome to the market", "zh-Hans": "欢迎光临"}),
	)
	sgDefault(t, s, pl)

	screen := kit.Tab(t, 1280, 720)
	code := pairingCode(t, screen, s.URL+"/signage?pair=1&lang=en")
	if st := s.API(t, http.MethodPost, "/api/v1/screens", map[string]any{"code": code, "name": "Entrance", "groups": []string{"entrance"}}, nil); st != http.StatusCreated {
		t.Fatalf("pair = %d; want 201", st)
	}
	waitJS(t, screen, `!document.querySelector(".sc-pairing") && document.querySelector(".sc-slot.is-current .sc-text-body")`)
	var id string
	for _, sc := range fleetScreens(t, s) {
		id = sc.ID
	}

	console := harness.NewTab(t, screen)
	consoleSignIn(t, console, s.URL, "wang.li", "admin-pass-12")
	card := fmt.Sprintf(`document.querySelector('.cs-screen[data-id=%q]')`, id)
	waitJS(t, console, card+`?.querySelector(".cs-health")`)
	text := eval[string](t, console, card+`.querySelector(".cs-health").innerText`)
	for _, want := range []string{"Running for", "Memory", "Go ", "Display", "1280x720", "Power", "On"} {
		if !strings.Contains(text, want) {
			t.Errorf("health on the card = %q; want it to say %q", text, want)
		}
	}
	tile := fmt.Sprintf(`document.querySelector('.cs-live-tile[data-id=%q]')`, id)
	waitJS(t, console, tile+`?.querySelector(".cs-live-frame .sc-slot .sc-text-body")?.textContent === "Welcome to the market"`)
	if got := eval[string](t, console, tile+`.querySelector(".cs-live-frame").dataset.showing`); got != "slide:"+pl+"/w1" {
		t.Errorf("the tile draws %q; want slide:%s/w1", got, pl)
	}
	if got := eval[string](t, console, tile+`.querySelector(".cs-live-frame").style.aspectRatio`); got != "1280 / 720" {
		t.Errorf("tile shape = %q; want the display's, 1280 / 720", got)
	}

	if !*updateScreenshots {
		return
	}
	do(t, console, chromedp.Navigate(s.URL+"/console?lang=en"))
	waitJS(t, console, tile+`?.querySelector(".sc-text-body") && `+card+`?.querySelector(".cs-health")`)
	eval[bool](t, console, `(document.activeElement?.blur(), true)`)
	waitJS(t, console, settled)
	buf, err := chromedp.Run(console, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", "console-live-wall.png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

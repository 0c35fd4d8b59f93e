package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// With pairing required, a new signage screen shows a code; an admin pairs
// it; it shows content at once; an override for its group preempts it and
// one for another group does not; clearing hands back; revoking sends it
// back to the pairing view.
func TestPairOverrideRevoke(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--require-pairing"}})
	page := kit.Tab(t, 1280, 800)
	if err := chromedp.Do(page, chromedp.Navigate(s.URL+"/signage?lang=en")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, page, `document.querySelector(".sc-pairing-code") !== null`)
	if eval[bool](t, page, `document.documentElement.dataset.live === "1"`) {
		t.Fatal("an unpaired screen is live; want it to wait for pairing")
	}
	code := eval[string](t, page, `document.querySelector(".sc-pairing-code").textContent`)

	var paired struct {
		ID string `json:"id"`
	}
	body := map[string]any{"code": strings.ToLower(code), "name": "Entrance", "groups": []string{"entrance"}}
	if st := s.API(t, http.MethodPost, "/api/v1/screens", body, &paired); st != http.StatusCreated {
		t.Fatalf("pair = %d; want 201", st)
	}
	waitJS(t, page, `document.documentElement.dataset.live === "1" && document.querySelector(".sc-pairing") === null && document.querySelectorAll(".sc-promo").length > 0`)
	if st := s.API(t, http.MethodPost, "/api/v1/screens", body, nil); st != http.StatusUnprocessableEntity {
		t.Fatalf("pairing again with the same code = %d; want 422", st)
	}

	// An override for another group leaves this screen alone.
	var other, mine struct {
		ID string `json:"id"`
	}
	s.API(t, http.MethodPost, "/api/v1/overrides", map[string]any{
		"message": map[string]string{"en": "Tills closing"}, "severity": "info", "groups": []string{"tills"}, "minutes": 5,
	}, &other)
	s.API(t, http.MethodPost, "/api/v1/overrides", map[string]any{
		"message": map[string]string{"en": "Please leave by the nearest exit"}, "severity": "emergency", "minutes": 5,
	}, &mine)
	waitJS(t, page, `(document.querySelector(".sc-override-message")||{}).textContent === "Please leave by the nearest exit"`)
	if st := s.API(t, http.MethodDelete, "/api/v1/overrides/"+mine.ID, nil, nil); st != http.StatusNoContent {
		t.Fatalf("clear = %d", st)
	}
	waitJS(t, page, `document.querySelector(".sc-override") === null`)

	// The fleet view knows the screen is online and what it shows.
	var fleet struct {
		Screens []struct {
			ID     string `json:"id"`
			Online bool   `json:"online"`
		} `json:"screens"`
	}
	s.API(t, http.MethodGet, "/api/v1/screens", nil, &fleet)
	if len(fleet.Screens) != 1 || fleet.Screens[0].ID != paired.ID || !fleet.Screens[0].Online {
		t.Fatalf("fleet = %+v; want the paired screen online", fleet.Screens)
	}

	// Identify flashes the name.
	if st := s.API(t, http.MethodPost, "/api/v1/screens/"+paired.ID+"/commands", map[string]string{"name": "identify"}, nil); st != http.StatusAccepted {
		t.Fatalf("identify = %d", st)
	}
	waitJS(t, page, `(document.querySelector(".sc-identify")||{}).textContent === "Entrance"`)

	// Revoked: back to pairing, with a new code, and no content.
	if st := s.API(t, http.MethodDelete, "/api/v1/screens/"+paired.ID, nil, nil); st != http.StatusNoContent {
		t.Fatalf("revoke = %d", st)
	}
	waitJS(t, page, `document.querySelector(".sc-pairing-code") !== null && document.documentElement.dataset.live !== "1"`)
	if again := eval[string](t, page, `document.querySelector(".sc-pairing-code").textContent`); again == code {
		t.Fatalf("revoked screen shows the old code %s; want a new one", code)
	}
}

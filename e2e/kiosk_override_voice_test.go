package e2e

import (
	"net/http"
	"testing"

	"storecast/e2e/harness"
)

// An urgent message reaches a kiosk in voice mode as speech too: a shopper
// who cannot see the screen hears it, once.
func TestKioskReadsOverrideAloud(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=voice")
	m := mark(t, tab)
	if st := s.API(t, http.MethodPost, "/api/v1/overrides", map[string]any{
		"message": map[string]string{"en": "The store closes in 10 minutes"}, "severity": "urgent", "minutes": 5,
	}, nil); st != http.StatusCreated {
		t.Fatalf("override = %d", st)
	}
	waitSpoken(t, tab, m, "the urgent message", says("Urgent. The store closes in 10 minutes"))
}

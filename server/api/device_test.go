package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// A screen's device token on the anonymous kiosk endpoints is either a
// live one, or the request is refused: a revoked kiosk must not go on
// claiming (or reporting plays) as if it were anonymous.
func TestDeviceTokenOnKioskEndpoints(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	id := e.campaign(t, 100, 100)
	live, revoked := auth.NewSecret("scd_"), auth.NewSecret("scd_")
	if _, err := e.store.CreateScreen(ctx, store.Screen{Name: "Till", Kind: content.KindKiosk}, auth.HashSecret(live)); err != nil {
		t.Fatal(err)
	}
	gone, err := e.store.CreateScreen(ctx, store.Screen{Name: "Old", Kind: content.KindKiosk}, auth.HashSecret(revoked))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.store.RevokeScreen(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	started := time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)
	endpoints := []struct{ path, body string }{
		{"/api/v1/kiosk/claims", `{"campaign":"` + id + `","install":"` + install + `"}`},
		{"/api/v1/plays", `{"install":"` + install + `","plays":[{"id":"r1","kind":"clock","started_at":"` + started + `","ms":1000}]}`},
	}
	tests := []struct {
		name, auth string
		code       int
	}{
		{"no token: anonymous", "", 0},
		{"live device token", "Bearer " + live, 0},
		{"bogus device token", "Bearer scd_bogus", http.StatusUnauthorized},
		{"revoked device token", "Bearer " + revoked, http.StatusUnauthorized},
		{"staff API token is no device token", "Bearer " + token, http.StatusUnauthorized},
		{"empty bearer", "Bearer ", http.StatusUnauthorized},
		{"another scheme", "Basic " + live, http.StatusUnauthorized},
	}
	for _, ep := range endpoints {
		for _, tt := range tests {
			t.Run(ep.path+" "+tt.name, func(t *testing.T) {
				code, body := e.do(t, "POST", ep.path, ep.body, tt.auth)
				if tt.code == 0 {
					if code != http.StatusOK && code != http.StatusCreated {
						t.Fatalf("= %d %s; want it served", code, body)
					}
					return
				}
				var eb rest.ErrorBody
				if code != tt.code || json.Unmarshal([]byte(body), &eb) != nil || eb.Error.Code != "unauthorized" || !strings.Contains(eb.Error.Message, "device token") {
					t.Fatalf("= %d %s; want %d unauthorized saying the device token is not valid", code, body, tt.code)
				}
			})
		}
	}
}

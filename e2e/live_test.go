package e2e

import (
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// A promotion created through the API appears on open signage and kiosk
// pages without a reload, and disappears when it is deleted.
func TestPromotionReachesScreensLive(t *testing.T) {
	s := startServer(t, "")
	browser := newBrowser(t, 1280, 800)
	signage := newTab(t, browser)
	kiosk := newTab(t, browser)
	open(t, signage, s.URL+"/signage?lang=en")
	open(t, kiosk, s.URL+"/kiosk?lang=en")
	// A marker that a reload would wipe.
	eval[bool](t, signage, `window.scNoReload = true`)
	eval[bool](t, kiosk, `window.scNoReload = true`)

	title := "E2E live offer " + strconv.FormatInt(time.Now().UnixNano(), 36)
	var created struct {
		ID string `json:"id"`
	}
	code := s.api(t, http.MethodPost, "/api/v1/promotions", map[string]any{
		"title":    map[string]string{"en": title, "zh-Hans": title},
		"price":    1290,
		"priority": 999,
	}, &created)
	if code != http.StatusCreated {
		t.Fatalf("POST promotion = %d; want 201", code)
	}
	has := fmt.Sprintf(`[...document.querySelectorAll(".sc-promo-title")].some(e => e.textContent === %q)`, title)
	waitJS(t, signage, 5*time.Second, has)
	waitJS(t, kiosk, 5*time.Second, has)
	if !eval[bool](t, signage, `window.scNoReload === true`) || !eval[bool](t, kiosk, `window.scNoReload === true`) {
		t.Fatal("a page reloaded to show the new promotion; want a live update")
	}

	if code := s.api(t, http.MethodDelete, "/api/v1/promotions/"+created.ID, nil, nil); code != http.StatusNoContent {
		t.Fatalf("DELETE promotion = %d; want 204", code)
	}
	waitJS(t, signage, 5*time.Second, "!("+has+")")
	waitJS(t, kiosk, 5*time.Second, "!("+has+")")
}

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A console on a laptop whose clock is on UTC, for a store in Beijing,
// shows a promotion's end on the store's clock: 03:04 UTC is 11:04 there.
func TestConsoleTimesOnTheStoresClock(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--timezone", "Asia/Shanghai"}})
	addStaff(t, s, "zone-ed", "zone-editor-pass-1", "editor")
	title := "Zone offer"
	if code := s.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{
		"title": map[string]string{"en": title}, "price": 990, "valid_to": "2030-01-02T03:04:00Z",
	}, nil); code != http.StatusCreated {
		t.Fatalf("POST promotion = %d; want 201", code)
	}

	console := kit.Tab(t, 1280, 800)
	do(t, console, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "UTC"})
		return err
	}))
	consoleSignIn(t, console, s.URL, "zone-ed", "zone-editor-pass-1")
	if off := eval[int](t, console, `new Date().getTimezoneOffset()`); off != 0 {
		t.Fatalf("browser's zone offset = %d min; want UTC", off)
	}
	do(t, console, toView("/console/promotions"))
	card := fmt.Sprintf(`[...document.querySelectorAll(".cs-promo-card")].find(c => c.textContent.includes(%q))`, title)
	waitJS(t, console, "!!"+card)
	text := eval[string](t, console, card+".textContent")
	if !strings.Contains(text, "11:04 Wednesday, 2 January 2030") {
		t.Errorf("the promotion's card says %q; want its end on the store's clock, 11:04 Wednesday, 2 January 2030", text)
	}
}

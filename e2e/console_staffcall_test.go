package e2e

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A shopper calls staff at the entrance kiosk while two members of staff
// have the console open on different pages: both see the call and a count
// of one; the cashier takes it, and the editor's console says who took it
// and the count goes away on both.
func TestConsoleStaffCallTakenByIsShared(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	addStaff(t, s, "cash", "cashier-pass-1", "cashier")
	editor, cashier := kit.Tab(t, 1280, 800), kit.Tab(t, 390, 844)
	consoleSignIn(t, editor, s.URL, "ed", "editor-pass-1")
	do(t, editor, toView("/console/promotions"))
	consoleSignIn(t, cashier, s.URL, "cash", "cashier-pass-1")

	if code := s.API(t, http.MethodPost, "/api/v1/kiosk/staff-calls", map[string]string{"place": "entrance"}, nil); code != http.StatusCreated {
		t.Fatalf("kiosk call = %d; want 201", code)
	}
	const count = `document.querySelector(".cs-calls-count strong")?.textContent`
	for _, console := range []context.Context{editor, cashier} {
		waitJS(t, console, count+` === "1 call for staff waiting"`)
		waitJS(t, console, `document.querySelector(".cs-call-text")?.textContent.includes("Kiosk at entrance needs help")`)
		if live := eval[string](t, console, `document.querySelector(".cs-calls").getAttribute("aria-live")`); live != "assertive" {
			t.Errorf("banner aria-live = %q; want assertive", live)
		}
	}

	// The banner, its count and buttons pass axe (WCAG AA) as shown.
	if vs := runAxe(t, cashier, false, ".cs-calls"); len(vs) != 0 {
		t.Errorf("axe on the staff-call banner: %+v", vs)
	}

	do(t, cashier, chromedp.Click(".cs-call-take"))
	taken := fmt.Sprintf(`document.querySelector(".cs-call-taken")?.textContent === %q`, "Kiosk at entrance: taken by cash")
	for _, console := range []context.Context{cashier, editor} {
		waitJS(t, console, taken)
		waitJS(t, console, `!document.querySelector(".cs-calls-count, .cs-call-take")`)
	}
	var calls struct {
		Calls []struct {
			AnsweredBy string `json:"answered_by"`
		} `json:"calls"`
	}
	if s.API(t, http.MethodGet, "/api/v1/staff-calls", nil, &calls); len(calls.Calls) != 1 || calls.Calls[0].AnsweredBy != "cash" {
		t.Errorf("stored calls = %+v; want one, answered by cash", calls.Calls)
	}
}

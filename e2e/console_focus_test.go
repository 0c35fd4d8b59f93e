package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// TestConsoleSignInErrorKeepsFocus: a wrong password, sent with Enter,
// is announced, and focus is on the emptied password field for another
// try, not on the page (the sign-in button it was on was disabled while
// the server answered).
func TestConsoleSignInErrorKeepsFocus(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	tab := kit.Tab(t, 1280, 800)
	do(t, tab, chromedp.Navigate(s.URL+"/console?lang=en"))
	waitJS(t, tab, `(e => e && !e.disabled)(document.querySelector("#signin-username"))`)
	do(t, tab,
		chromedp.SendKeys("#signin-username", "boss"),
		chromedp.SendKeys("#signin-password", "wrong-pass-12"),
		chromedp.Focus(`#signin button[type="submit"]`))
	keys(t, tab, kb.Enter)
	waitJS(t, tab, `document.querySelector(".cs-form-err")`)
	frame(t, tab)
	if got := eval[string](t, tab, `document.activeElement === document.body ? "body" : document.activeElement.id`); got != "signin-password" {
		t.Errorf("after a refused sign-in focus is on %q; want signin-password", got)
	}
	if got := eval[string](t, tab, `document.querySelector("#signin-password").value`); got != "" {
		t.Errorf("password field holds %q after a refusal; want it empty", got)
	}
	// And the next try works from there by keys.
	keys(t, tab, "admin-pass-12"+kb.Enter)
	waitJS(t, tab, `document.querySelector(".cs-who")?.textContent.startsWith("boss ")`)
}

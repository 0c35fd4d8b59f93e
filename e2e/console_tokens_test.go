package e2e

import (
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// An admin makes an API token in the console, uses it, and revokes it: the
// list says so at once (it used to be reloaded from the confirm button,
// which the revoke removes, and go-app drops updates from removed
// elements), and the token stops working.
func TestConsoleTokenCreateAndRevoke(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	console := kit.Tab(t, 1280, 800)
	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	consoleGo(t, console, "/console/account", `document.querySelector("#token-name")`)

	do(t, console, chromedp.SendKeys("#token-name", "Till robot"), chromedp.Click(`#token button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#token-secret")?.value.length > 20`)
	secret := eval[string](t, console, `document.querySelector("#token-secret").value`)
	card := `[...document.querySelectorAll(".cs-token")].find(c => c.querySelector(".cs-card-title")?.textContent === "Till robot")`
	waitJS(t, console, card)
	if code := getWithToken(t, s.URL+"/api/v1/promotions", secret); code != http.StatusOK {
		t.Fatalf("GET with the new token = %d; want 200", code)
	}

	do(t, console, chromedp.Click(`button[aria-label="Revoke Till robot"]`))
	waitJS(t, console, `document.querySelector(".cs-confirm .cs-btn-danger") !== null`)
	do(t, console, chromedp.Click(".cs-confirm .cs-btn-danger"))
	waitJS(t, console, card+`?.querySelector(".cs-state")?.textContent === "Revoked"`)
	if eval[bool](t, console, `!!document.querySelector(".cs-confirm")`) {
		t.Error("the confirmation is still open after the revoke")
	}
	if code := getWithToken(t, s.URL+"/api/v1/promotions", secret); code != http.StatusUnauthorized {
		t.Errorf("GET with the revoked token = %d; want 401", code)
	}
}

func getWithToken(t *testing.T, url, token string) int {
	t.Helper()
	req, err := http.NewRequestWithContext(kit.Context(t), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

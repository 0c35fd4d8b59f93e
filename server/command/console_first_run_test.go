package command

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// A fresh install's console is rendered with the form that creates the
// first admin, so nobody stares at a sign-in form that cannot work while
// console.wasm loads; once an account exists, it is the sign-in form.
func TestConsoleRendersTheFormTheStoreNeeds(t *testing.T) {
	dir := t.TempDir()
	s := startServerEnv(t, dir, nil)
	defer s.Stop()

	page := getPage(t, s.URL+"/console")
	if !strings.Contains(page, `data-first-run="yes"`) || !strings.Contains(page, `id="setup"`) {
		t.Fatalf("a store with no staff: /console is not rendered with the first admin's form:\n%.2000s", page)
	}

	if _, stderr, err := runIn("first-password\n", "user", "add", "ann", "--role", "admin", "--data", dir); err != nil {
		t.Fatalf("user add: %v\n%s", err, stderr)
	}
	page = getPage(t, s.URL+"/console/promotions")
	if !strings.Contains(page, `data-first-run="no"`) || strings.Contains(page, `id="setup"`) {
		t.Fatalf("a store with an admin: /console is rendered with the first admin's form:\n%.2000s", page)
	}
}

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

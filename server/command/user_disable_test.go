package command

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
)

// TestDisabledUserIsLockedOut disables a signed-in user with the command
// while the real server runs: the session and the API token stop working
// at once and sign-in is refused; enabling brings back sign-in and the
// token.
func TestDisabledUserIsLockedOut(t *testing.T) {
	dir := newStoreDir(t)
	if _, stderr, err := runIn("dora-password\n", "user", "add", "dora", "--role", "editor", "--data", dir); err != nil {
		t.Fatalf("user add: %v\n%s", err, stderr)
	}
	srv := startServer(t, dir)
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar}
	send := func(c *http.Client, method, path, body string, hdr ...string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	login := func() (int, string) {
		return send(browser, "POST", "/api/v1/auth/login", `{"username":"dora","password":"dora-password"}`)
	}
	status, body := login()
	var me struct{ CSRF string }
	if status != http.StatusOK || json.Unmarshal([]byte(body), &me) != nil {
		t.Fatalf("login = %d %s", status, body)
	}
	status, body = send(browser, "POST", "/api/v1/tokens", `{"name":"till"}`, "X-CSRF-Token", me.CSRF)
	var tok struct{ Secret string }
	if status != http.StatusCreated || json.Unmarshal([]byte(body), &tok) != nil {
		t.Fatalf("create token = %d %s", status, body)
	}
	bearer := []string{"Authorization", "Bearer " + tok.Secret}
	check := func(when string, wantSession, wantToken int) {
		t.Helper()
		if got, body := send(browser, "GET", "/api/v1/auth/me", ""); got != wantSession {
			t.Errorf("%s: session /auth/me = %d %s; want %d", when, got, body, wantSession)
		}
		if got, body := send(http.DefaultClient, "GET", "/api/v1/auth/me", "", bearer...); got != wantToken {
			t.Errorf("%s: token /auth/me = %d %s; want %d", when, got, body, wantToken)
		}
	}
	check("enabled", http.StatusOK, http.StatusOK)

	if _, _, err := runIn("", "user", "disable", "dora", "--data", dir); err != nil {
		t.Fatal(err)
	}
	check("disabled", http.StatusUnauthorized, http.StatusUnauthorized)
	if status, body := login(); status != http.StatusForbidden || !strings.Contains(body, `"disabled"`) {
		t.Errorf("login while disabled = %d %s; want 403 disabled", status, body)
	}
	if status, body := send(browser, "POST", "/api/v1/auth/login", `{"username":"dora","password":"wrong-password"}`); status != http.StatusUnauthorized {
		t.Errorf("login while disabled with a wrong password = %d %s; want 401, as for anyone", status, body)
	}

	if _, _, err := runIn("", "user", "enable", "dora", "--data", dir); err != nil {
		t.Fatal(err)
	}
	if status, body := login(); status != http.StatusOK {
		t.Errorf("login after enable = %d %s", status, body)
	}
	check("enabled again", http.StatusOK, http.StatusOK)
}

package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// staff is one signed-in browser: a cookie jar and its CSRF token.
type staff struct {
	client *http.Client
	csrf   string
}

func (e *env) addUser(t *testing.T, name, role string) {
	t.Helper()
	body := `{"username":"` + name + `","password":"password-` + name + `","role":"` + role + `"}`
	if code, b := e.do(t, "POST", "/api/v1/users", body); code != http.StatusCreated {
		t.Fatalf("add user %s = %d %s", name, code, b)
	}
}

func (e *env) signIn(t *testing.T, name string) *staff {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	s := &staff{client: &http.Client{Jar: jar}}
	code, body := s.send(t, e, "POST", "/api/v1/auth/login", `{"username":"`+name+`","password":"password-`+name+`"}`, false)
	if code != http.StatusOK {
		t.Fatalf("login %s = %d %s", name, code, body)
	}
	var m rest.Me
	json.Unmarshal([]byte(body), &m)
	s.csrf = m.CSRF
	if s.csrf == "" {
		t.Fatal("login answer has no CSRF token")
	}
	return s
}

func (s *staff) send(t *testing.T, e *env, method, path, body string, withCSRF bool) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	if withCSRF {
		req.Header.Set(csrfHeader, s.csrf)
	}
	res, err := s.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// Every role against every staff endpoint: allowed, or 403 — and never
// anything else because of the role.
func TestRoleBoundaries(t *testing.T) {
	e := newEnv(t)
	for _, u := range [][2]string{{"ada", "admin"}, {"eve", "editor"}, {"cal", "cashier"}} {
		e.addUser(t, u[0], u[1])
	}
	sessions := map[string]*staff{"admin": e.signIn(t, "ada"), "editor": e.signIn(t, "eve"), "cashier": e.signIn(t, "cal")}
	endpoints := []struct {
		method, path, body string
		allowed            []string
	}{
		{"GET", "/api/v1/promotions", "", []string{"admin", "editor"}},
		{"POST", "/api/v1/promotions", validBody, []string{"admin", "editor"}},
		{"POST", "/api/v1/media", "not an image", []string{"admin", "editor"}},
		{"GET", "/api/v1/overrides", "", []string{"admin", "editor"}},
		{"POST", "/api/v1/overrides", `{"message":{"en":"Spill in aisle 3"},"severity":"urgent","minutes":5}`, []string{"admin", "editor"}},
		{"GET", "/api/v1/screens", "", []string{"admin", "editor"}},
		{"POST", "/api/v1/screens", `{"code":"ABCDEF","name":"x"}`, []string{"admin"}},
		{"DELETE", "/api/v1/screens/nope", "", []string{"admin"}},
		{"POST", "/api/v1/screens/nope/commands", `{"name":"reload"}`, []string{"admin"}},
		{"GET", "/api/v1/enrolment-links", "", []string{"admin"}},
		{"POST", "/api/v1/enrolment-links", `{"name":"Door","kind":"signage"}`, []string{"admin"}},
		{"DELETE", "/api/v1/enrolment-links/nope", "", []string{"admin"}},
		{"GET", "/api/v1/users", "", []string{"admin"}},
		{"POST", "/api/v1/users", `{"username":"x","password":"p","role":"admin"}`, []string{"admin"}},
		{"DELETE", "/api/v1/users/nope", "", []string{"admin"}},
		{"GET", "/api/v1/audit", "", []string{"admin"}},
		{"GET", "/api/v1/auth/me", "", []string{"admin", "editor", "cashier"}},
		{"GET", "/api/v1/tokens", "", []string{"admin", "editor", "cashier"}},
		{"GET", "/api/v1/alerts/rules", "", []string{"admin"}},
		{"PUT", "/api/v1/alerts/rules", `{}`, []string{"admin"}},
		{"GET", "/api/v1/alerts/webhooks", "", []string{"admin"}},
		{"POST", "/api/v1/alerts/webhooks", `{}`, []string{"admin"}},
		{"DELETE", "/api/v1/alerts/webhooks/nope", "", []string{"admin"}},
		{"POST", "/api/v1/alerts/webhooks/nope/test", "", []string{"admin"}},
		{"GET", "/api/v1/alerts/deliveries", "", []string{"admin"}},
		{"POST", "/api/v1/staff-calls/nope/answer", "", []string{"admin", "editor", "cashier"}},
	}
	for _, ep := range endpoints {
		for role, s := range sessions {
			t.Run(role+" "+ep.method+" "+ep.path, func(t *testing.T) {
				code, body := s.send(t, e, ep.method, ep.path, ep.body, true)
				allowed := false
				for _, a := range ep.allowed {
					allowed = allowed || a == role
				}
				if !allowed && code != http.StatusForbidden {
					t.Fatalf("= %d %s; want 403", code, body)
				}
				if allowed && (code == http.StatusForbidden || code == http.StatusUnauthorized) {
					t.Fatalf("= %d %s; want the %s let through", code, body, role)
				}
			})
		}
		t.Run("no session "+ep.method+" "+ep.path, func(t *testing.T) {
			if code, body := e.do(t, ep.method, ep.path, ep.body, ""); code != http.StatusUnauthorized {
				t.Fatalf("= %d %s; want 401", code, body)
			}
		})
	}
}

func TestCSRFIsRequiredForCookieChanges(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	if code, body := s.send(t, e, "POST", "/api/v1/promotions", validBody, false); code != http.StatusForbidden || !strings.Contains(body, "csrf") {
		t.Fatalf("POST without CSRF = %d %s; want 403 csrf", code, body)
	}
	s2 := *s
	s2.csrf = "forged"
	if code, _ := s2.send(t, e, "POST", "/api/v1/promotions", validBody, true); code != http.StatusForbidden {
		t.Fatalf("POST with a wrong CSRF token = %d; want 403", code)
	}
	if code, _ := s.send(t, e, "GET", "/api/v1/promotions", "", false); code != http.StatusOK {
		t.Fatalf("GET without CSRF = %d; want 200 (reads need none)", code)
	}
	if code, body := s.send(t, e, "POST", "/api/v1/promotions", validBody, true); code != http.StatusCreated {
		t.Fatalf("POST with CSRF = %d %s; want 201", code, body)
	}
}

func TestLoginThrottleAndSameAnswerForUnknownUsers(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	var unknown, wrong string
	for i := 0; i < 5; i++ {
		_, wrong = e.do(t, "POST", "/api/v1/auth/login", `{"username":"eve","password":"nope-nope-nope"}`, "")
	}
	_, unknown = e.do(t, "POST", "/api/v1/auth/login", `{"username":"nobody","password":"nope-nope-nope"}`, "")
	if wrong != unknown {
		t.Fatalf("answers differ: wrong password %q, unknown user %q; want the same", wrong, unknown)
	}
	code, body := e.do(t, "POST", "/api/v1/auth/login", `{"username":"eve","password":"password-eve"}`, "")
	if code != http.StatusTooManyRequests {
		t.Fatalf("sign-in after 5 failures = %d %s; want 429 even with the right password", code, body)
	}
	// The lock lifts after the window.
	e.api.logins.Now = func() time.Time { return time.Now().Add(16 * time.Minute) }
	if code, body := e.do(t, "POST", "/api/v1/auth/login", `{"username":"eve","password":"password-eve"}`, ""); code != http.StatusOK {
		t.Fatalf("sign-in after the window = %d %s; want 200", code, body)
	}
}

func TestSessionExpiryAndLogout(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	e.store.Now = func() time.Time { return time.Now().Add(13 * time.Hour) }
	if code, _ := s.send(t, e, "GET", "/api/v1/auth/me", "", false); code != http.StatusUnauthorized {
		t.Fatalf("after 13 h = %d; want 401 (sessions last 12 h)", code)
	}
	e.store.Now = time.Now
	s = e.signIn(t, "eve")
	if code, _ := s.send(t, e, "POST", "/api/v1/auth/logout", "", true); code != http.StatusNoContent {
		t.Fatalf("logout = %d", code)
	}
	if code, _ := s.send(t, e, "GET", "/api/v1/auth/me", "", false); code != http.StatusUnauthorized {
		t.Fatalf("after logout = %d; want 401", code)
	}
}

func TestAPITokensAreRevocable(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"price sync"}`, true)
	if code != http.StatusCreated {
		t.Fatalf("create token = %d %s", code, body)
	}
	var out rest.TokenCreated
	json.Unmarshal([]byte(body), &out)
	if code, _ := e.do(t, "GET", "/api/v1/promotions", "", "Bearer "+out.Secret); code != http.StatusOK {
		t.Fatalf("GET with the new token = %d; want 200", code)
	}
	if code, _ := e.do(t, "GET", "/api/v1/users", "", "Bearer "+out.Secret); code != http.StatusForbidden {
		t.Fatalf("editor token on an admin endpoint = %d; want 403", code)
	}
	if code, _ := s.send(t, e, "DELETE", "/api/v1/tokens/"+out.Token.ID, "", true); code != http.StatusNoContent {
		t.Fatalf("revoke = %d", code)
	}
	if code, _ := e.do(t, "GET", "/api/v1/promotions", "", "Bearer "+out.Secret); code != http.StatusUnauthorized {
		t.Fatalf("GET with a revoked token = %d; want 401", code)
	}
}

func TestDeviceTokenCannotCallStaffEndpoints(t *testing.T) {
	e := newEnv(t)
	token := auth.NewSecret("scd_")
	if _, err := e.store.CreateScreen(context.Background(), store.Screen{Name: "Door", Kind: "signage"}, auth.HashSecret(token)); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/v1/promotions", "/api/v1/screens", "/api/v1/users"} {
		if code, body := e.do(t, "GET", path, "", "Bearer "+token); code != http.StatusForbidden {
			t.Errorf("device token on %s = %d %s; want 403", path, code, body)
		}
	}
}

func TestFirstRunSetupOnlyOnce(t *testing.T) {
	e := newEnv(t)
	if code, body := e.do(t, "GET", "/api/v1/auth/setup", "", ""); code != 200 || !strings.Contains(body, `"needs_setup":true`) {
		t.Fatalf("setup status = %d %s", code, body)
	}
	if code, body := e.do(t, "POST", "/api/v1/auth/setup", `{"token":"guess","username":"root","password":"0123456789ab"}`, ""); code != 422 || !strings.Contains(body, `"field":"token"`) {
		t.Fatalf("setup with a wrong token = %d %s; want 422 on token", code, body)
	}
	if code, body := e.do(t, "POST", "/api/v1/auth/setup", `{"token":"`+token+`","username":"root","password":"short"}`, ""); code != 422 || !strings.Contains(body, `"field":"password"`) {
		t.Fatalf("setup with a weak password = %d %s; want 422 on password", code, body)
	}
	if code, body := e.do(t, "POST", "/api/v1/auth/setup", `{"token":"`+token+`","username":"root","password":"0123456789ab"}`, ""); code != http.StatusCreated {
		t.Fatalf("setup = %d %s; want 201", code, body)
	}
	if code, _ := e.do(t, "POST", "/api/v1/auth/setup", `{"token":"`+token+`","username":"root2","password":"0123456789ab"}`, ""); code != http.StatusConflict {
		t.Fatalf("second setup = %d; want 409", code)
	}
}

func TestChangesAreAudited(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	if code, body := s.send(t, e, "POST", "/api/v1/promotions", validBody, true); code != http.StatusCreated {
		t.Fatalf("create = %d %s", code, body)
	}
	_, body := e.do(t, "GET", "/api/v1/audit", "")
	for _, want := range []string{`"actor":"eve","action":"promotion.create"`, `"actor":"admin-token","action":"user.create"`} {
		if !strings.Contains(body, want) {
			t.Errorf("audit log lacks %s:\n%s", want, body)
		}
	}
}

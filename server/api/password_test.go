package api

import (
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"

	"storecast/app/rest"
)

// Signing out is a change a cross-site page could otherwise force: it
// needs the session's CSRF token like every other.
func TestLogoutNeedsCSRF(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	if code, body := s.send(t, e, "POST", "/api/v1/auth/logout", "", false); code != http.StatusForbidden || !strings.Contains(body, `"code":"csrf"`) {
		t.Fatalf("logout without CSRF = %d %s; want 403 csrf", code, body)
	}
	if code, body := s.send(t, e, "GET", "/api/v1/auth/me", "", false); code != http.StatusOK {
		t.Fatalf("after a refused logout, me = %d %s; want the session alive", code, body)
	}
	forged := *s
	forged.csrf = "forged"
	if code, _ := forged.send(t, e, "POST", "/api/v1/auth/logout", "", true); code != http.StatusForbidden {
		t.Fatalf("logout with a wrong CSRF token = %d; want 403", code)
	}
	if code, body := s.send(t, e, "POST", "/api/v1/auth/logout", "", true); code != http.StatusNoContent {
		t.Fatalf("logout with CSRF = %d %s; want 204", code, body)
	}
	if code, _ := s.send(t, e, "GET", "/api/v1/auth/me", "", false); code != http.StatusUnauthorized {
		t.Fatalf("after logout, me = %d; want 401", code)
	}
	// Nothing left to protect: an ended session, or none, signs out as is.
	if code, _ := s.send(t, e, "POST", "/api/v1/auth/logout", "", false); code != http.StatusNoContent {
		t.Errorf("logout of an ended session = %d; want 204", code)
	}
	jar, _ := cookiejar.New(nil)
	nobody := &staff{client: &http.Client{Jar: jar}}
	if code, _ := nobody.send(t, e, "POST", "/api/v1/auth/logout", "", false); code != http.StatusNoContent {
		t.Errorf("logout without a session = %d; want 204", code)
	}
}

// A password change ends every session of the user; their API tokens
// keep working unless the change asks to revoke them too.
func TestPasswordChangeEndsSessionsAndMayRevokeTokens(t *testing.T) {
	for _, revoke := range []bool{false, true} {
		t.Run(map[bool]string{false: "tokens kept", true: "tokens revoked"}[revoke], func(t *testing.T) {
			e := newEnv(t)
			e.addUser(t, "eve", "editor")
			s := e.signIn(t, "eve")
			other := e.signIn(t, "eve") // another browser
			code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"price sync"}`, true)
			if code != http.StatusCreated {
				t.Fatalf("create token = %d %s", code, body)
			}
			var tok rest.TokenCreated
			json.Unmarshal([]byte(body), &tok)
			change, _ := json.Marshal(rest.PasswordChange{Current: "password-eve", New: "a brand new password", RevokeTokens: revoke})
			if code, body := s.send(t, e, "POST", "/api/v1/auth/password", string(change), true); code != http.StatusNoContent {
				t.Fatalf("password change = %d %s; want 204", code, body)
			}
			for name, b := range map[string]*staff{"this browser": s, "another browser": other} {
				if code, _ := b.send(t, e, "GET", "/api/v1/auth/me", "", false); code != http.StatusUnauthorized {
					t.Errorf("%s after the change = %d; want 401 (every session ends)", name, code)
				}
			}
			want := map[bool]int{false: http.StatusOK, true: http.StatusUnauthorized}[revoke]
			if code, _ := e.do(t, "GET", "/api/v1/promotions", "", "Bearer "+tok.Secret); code != want {
				t.Errorf("API token after the change = %d; want %d", code, want)
			}
			_, audit := e.do(t, "GET", "/api/v1/audit", "")
			if !strings.Contains(audit, `"actor":"eve","action":"user.password"`) {
				t.Errorf("audit lacks eve's password change: %s", audit)
			}
		})
	}
}

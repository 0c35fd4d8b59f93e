package api

import (
	"net/http"
	"testing"
	"time"
)

// With every anonymous slot taken, an anonymous request waits anonWait
// and is refused (503, Retry-After), while staff, who never pass the
// gate, are served at once.
func TestGateRefusesAnonymousNotStaff(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "ada", "admin")
	ada := e.signIn(t, "ada")
	for range cap(e.api.gate.slots) {
		e.api.gate.slots <- struct{}{}
	}
	began := time.Now()
	res, err := http.Get(e.srv.URL + "/api/v1/kiosk/products?q=milk")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if waited := time.Since(began); res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" || waited < anonWait {
		t.Errorf("anonymous search with the gate full = %d (Retry-After %q) after %v; want 503 with Retry-After after %v",
			res.StatusCode, res.Header.Get("Retry-After"), waited, anonWait)
	}
	if code, body := e.do(t, "GET", "/api/v1/promotions", ""); code != http.StatusOK {
		t.Errorf("staff (setup token) with the gate full = %d %s; want 200", code, body)
	}
	if code, body := ada.send(t, e, "GET", "/api/v1/promotions", "", false); code != http.StatusOK {
		t.Errorf("staff (session) with the gate full = %d %s; want 200", code, body)
	}
	for range cap(e.api.gate.slots) {
		e.api.gate.leave()
	}
	if code, body := e.do(t, "GET", "/api/v1/kiosk/products?q=milk", "", ""); code == http.StatusServiceUnavailable {
		t.Errorf("anonymous search with the gate free = %d %s; want it served", code, body)
	}
}

package api

import (
	"net/http"
	"sync"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"storecast/server/auth"
)

// A sign-in does the same bcrypt work whether or not the username
// exists: one comparison, at the hasher's cost. Counted, not timed: the
// work, not the clock, is what must not differ.
func TestLoginHashWorkIsTheSameForUnknownUsers(t *testing.T) {
	e := newEnv(t)
	const cost = bcrypt.MinCost + 1 // not the cost any other hash in the test has
	h, err := auth.NewHasher(cost)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var costs []int
	h.Compare = func(hash, p []byte) error {
		c, _ := bcrypt.Cost(hash)
		mu.Lock()
		costs = append(costs, c)
		mu.Unlock()
		return bcrypt.CompareHashAndPassword(hash, p)
	}
	e.api.hasher = h
	e.addUser(t, "eve", "editor")
	tests := []struct {
		name, body string
		code       int
	}{
		{"known user, right password", `{"username":"eve","password":"password-eve"}`, http.StatusOK},
		{"known user, wrong password", `{"username":"eve","password":"not-her-password"}`, http.StatusUnauthorized},
		{"unknown user", `{"username":"nobody","password":"not-her-password"}`, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mu.Lock()
			costs = nil
			mu.Unlock()
			if code, body := e.do(t, "POST", "/api/v1/auth/login", tt.body, ""); code != tt.code {
				t.Fatalf("login = %d %s; want %d", code, body, tt.code)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(costs) != 1 || costs[0] != cost {
				t.Errorf("hash comparisons at costs %v; want exactly one at cost %d", costs, cost)
			}
		})
	}
}

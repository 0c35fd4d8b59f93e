package auth

import (
	"testing"

	"golang.org/x/crypto/bcrypt"
)

// An unknown user's sign-in is checked against a hash of the hasher's
// own cost: the same bcrypt work as a known user's, never a match.
func TestHasherChecksUnknownUsersAtItsCost(t *testing.T) {
	for _, cost := range []int{bcrypt.MinCost, bcrypt.MinCost + 1} {
		h, err := NewHasher(cost)
		if err != nil {
			t.Fatal(err)
		}
		var costs []int
		h.Compare = func(hash, p []byte) error {
			c, _ := bcrypt.Cost(hash)
			costs = append(costs, c)
			return bcrypt.CompareHashAndPassword(hash, p)
		}
		known, err := h.Hash("correct horse battery")
		if err != nil {
			t.Fatal(err)
		}
		if !h.Check(known, "correct horse battery") || h.Check(known, "wrong wrong wrong") {
			t.Errorf("cost %d: a known hash does not tell the right password from a wrong one", cost)
		}
		if h.Check("", "storecast-no-such-user") {
			t.Errorf("cost %d: an unknown user signed in with the dummy's password", cost)
		}
		if len(costs) != 3 || costs[0] != cost || costs[1] != cost || costs[2] != cost {
			t.Errorf("comparisons at costs %v; want 3, each at %d", costs, cost)
		}
	}
	if _, err := NewHasher(bcrypt.MaxCost + 1); err == nil {
		t.Error("NewHasher(MaxCost+1) = nil error; want one")
	}
}

// The server's hasher uses a dummy made in advance: it must be a valid
// hash at DefaultCost, or unknown users' sign-ins would cost less again.
func TestDefaultHasherDummyIsAtDefaultCost(t *testing.T) {
	h, err := NewHasher(DefaultCost)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := bcrypt.Cost(h.dummy); err != nil || c != DefaultCost {
		t.Fatalf("dummy cost %d, %v; want %d", c, err, DefaultCost)
	}
	if h.Check("", "storecast-no-such-user") {
		t.Fatal("an unknown user signed in")
	}
}

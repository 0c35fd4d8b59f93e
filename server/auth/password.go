package auth

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// Password rules. bcrypt reads at most 72 bytes: longer passwords would be
// silently truncated, so they are refused instead.
const (
	MinPasswordRunes = 10
	MaxPasswordBytes = 72
)

// DefaultCost is the bcrypt cost servers and the CLI hash with; tests use
// bcrypt.MinCost.
const DefaultCost = 12

// ErrWeakPassword explains what a new password lacks.
var ErrWeakPassword = errors.New("auth: password must be 10 to 72 bytes long")

// Hasher hashes and checks passwords with bcrypt at one cost. Make it with
// NewHasher: it holds a hash of its own cost that a sign-in for an unknown
// user is checked against, so that sign-in costs what one for a known
// user costs and its timing does not tell which names exist.
type Hasher struct {
	cost  int
	dummy []byte
	// Compare is bcrypt.CompareHashAndPassword, the one place a password
	// meets a hash. A test replaces it to count the comparisons a
	// sign-in makes and their cost; nothing else should.
	Compare func(hash, password []byte) error
}

// defaultDummy is a bcrypt hash at DefaultCost of a random password
// nobody kept. The server would otherwise make one at every start, and
// a cost-12 hash is seconds of CPU on a busy two-core box (and far more
// under the race detector) before it answers anything. Check never
// signs anyone in with it, so its password need not be secret.
const defaultDummy = "$2a$12$qWSsq9Oxyfo3pa1ahnHxZugfVVq9rgI1gJy.ofxC6YOhg4JJiqCoa"

// NewHasher returns a Hasher at cost. Its dummy hash is defaultDummy at
// DefaultCost; at any other cost (tests) it is made now, once.
func NewHasher(cost int) (*Hasher, error) {
	dummy := []byte(defaultDummy)
	if cost != DefaultCost {
		var err error
		if dummy, err = bcrypt.GenerateFromPassword([]byte("storecast-no-such-user"), cost); err != nil {
			return nil, fmt.Errorf("auth: new hasher: %w", err)
		}
	}
	return &Hasher{cost: cost, dummy: dummy, Compare: bcrypt.CompareHashAndPassword}, nil
}

// Cost is the bcrypt cost of the hashes h makes.
func (h *Hasher) Cost() int { return h.cost }

// CheckNew tells whether p may become a password.
func CheckNew(p string) error {
	if utf8.RuneCountInString(p) < MinPasswordRunes || len(p) > MaxPasswordBytes || !utf8.ValidString(p) {
		return ErrWeakPassword
	}
	return nil
}

// Hash returns the bcrypt hash of p at h's cost after checking it.
func (h *Hasher) Hash(p string) (string, error) { return Hash(p, h.cost) }

// Hash returns the bcrypt hash of p at cost after checking it: for
// whoever only sets passwords (the CLI), which needs no Hasher.
func Hash(p string, cost int) (string, error) {
	if err := CheckNew(p); err != nil {
		return "", err
	}
	b, err := bcrypt.GenerateFromPassword([]byte(p), cost)
	if err != nil {
		return "", fmt.Errorf("auth: hash: %w", err)
	}
	return string(b), nil
}

// Check reports whether p matches hash. An empty hash (an unknown user)
// is compared with the dummy hash, at the same cost, and never matches.
func (h *Hasher) Check(hash, p string) bool {
	if hash == "" {
		_ = h.Compare(h.dummy, []byte(p))
		return false
	}
	return h.Compare([]byte(hash), []byte(p)) == nil
}

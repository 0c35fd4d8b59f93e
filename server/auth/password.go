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

// ErrWeakPassword explains what a new password lacks.
var ErrWeakPassword = errors.New("auth: password must be 10 to 72 bytes long")

// Hasher hashes and checks passwords with bcrypt at Cost.
type Hasher struct{ Cost int }

// DefaultHasher is what servers use; tests use bcrypt.MinCost.
var DefaultHasher = Hasher{Cost: 12}

// CheckNew tells whether p may become a password.
func CheckNew(p string) error {
	if utf8.RuneCountInString(p) < MinPasswordRunes || len(p) > MaxPasswordBytes || !utf8.ValidString(p) {
		return ErrWeakPassword
	}
	return nil
}

// Hash returns the bcrypt hash of p after checking it.
func (h Hasher) Hash(p string) (string, error) {
	if err := CheckNew(p); err != nil {
		return "", err
	}
	b, err := bcrypt.GenerateFromPassword([]byte(p), h.Cost)
	if err != nil {
		return "", fmt.Errorf("auth: hash: %w", err)
	}
	return string(b), nil
}

// dummyHash makes a sign-in for an unknown user cost as much as one for a
// known user, so timing does not reveal which names exist.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("storecast-no-such-user"), bcrypt.MinCost)

// Check reports whether p matches hash; an empty hash (unknown user) still
// spends the time of a comparison.
func Check(hash, p string) bool {
	if hash == "" {
		_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(p))
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(p)) == nil
}

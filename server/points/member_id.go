package points

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
)

// idBytes is a member id's length: HMAC-SHA256 truncated to 128 bits, so
// a member code stays short enough for a small QR code. Two phones
// colliding needs about 2^64 members.
const idBytes = 16

// ErrBadPhone is a phone number that is not one.
var ErrBadPhone = errors.New("not a phone number: give 11 digits of a mainland mobile, or + and the country code")

// NormalisePhone turns what a shopper typed into E.164 ("+8613800138000"),
// so "138 0013 8000", "+86 138-0013-8000" and "008613800138000" are one
// member. A number without a country code is a mainland one.
func NormalisePhone(s string) (string, error) {
	var b strings.Builder
	plus := false
	for i, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			plus = true
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '.':
		default:
			return "", ErrBadPhone
		}
	}
	d := b.String()
	switch {
	case plus:
	case strings.HasPrefix(d, "00"):
		d = d[2:]
	case len(d) == 11 && d[0] == '1':
		d = "86" + d
	default:
		return "", ErrBadPhone
	}
	if len(d) < 8 || len(d) > 15 || d[0] == '0' {
		return "", ErrBadPhone
	}
	if strings.HasPrefix(d, "86") && (len(d) != 13 || d[2] != '1') {
		return "", ErrBadPhone // a mainland mobile has 11 digits, 1 first
	}
	return "+" + d, nil
}

// phoneID is the member id of a normalised phone number: keyed, so the
// database alone (a stolen backup without points-secret) does not give
// the numbers back by hashing every phone number there is.
func (k keys) phoneID(e164 string) string {
	return hex.EncodeToString(mac(k.id, []byte(e164))[:idBytes])
}

// randomID is the id of a member who gave no phone number.
func randomID() string {
	var b [idBytes]byte
	rand.Read(b[:]) // never fails: crypto/rand crashes the program instead
	return hex.EncodeToString(b[:])
}

package fleet

import (
	"crypto/rand"
	"strings"
)

// codeAlphabet leaves out the characters people confuse (0/O, 1/I/L), so a
// code read across a shop floor is typed right.
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLen is the length of a pairing code.
const CodeLen = 6

// NewCode returns a random pairing code.
func NewCode() string {
	b := make([]byte, CodeLen)
	if _, err := rand.Read(b); err != nil {
		panic("fleet: no randomness: " + err.Error())
	}
	for i := range b {
		// 256 % 31 bias is under 1%: harmless for a 10-minute code.
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	return string(b)
}

// NormalizeCode accepts a code as people type it: any case, with spaces or
// dashes. Codes never hold 0, O, 1, I or L, so none can be mistyped as
// another code's character.
func NormalizeCode(s string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r == ' ' || r == '-' {
			continue
		}
		if !strings.ContainsRune(codeAlphabet, r) {
			return "", false
		}
		b.WriteRune(r)
	}
	if b.Len() != CodeLen {
		return "", false
	}
	return b.String(), true
}

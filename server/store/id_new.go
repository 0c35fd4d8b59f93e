package store

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a random 128-bit id as 32 lower-case hex digits. Ids are
// unguessable so a URL holding one reveals nothing about the others.
func NewID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails: crypto/rand crashes the program instead
	return hex.EncodeToString(b[:])
}

package request

import (
	"context"
	"crypto/rand"
	"encoding/hex"
)

// Header carries a request's id in both directions.
const Header = "X-Request-ID"

// maxIDLen bounds an id taken from a client.
const maxIDLen = 64

type idKey struct{}

// WithID returns ctx carrying the request id id.
func WithID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, idKey{}, id)
}

// ID returns the request id in ctx, "" if there is none.
func ID(ctx context.Context) string {
	id, _ := ctx.Value(idKey{}).(string)
	return id
}

// newID is 16 random hex digits: unique enough to find one request in a
// store's logs, short enough to read out over the phone.
func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // never fails (crypto/rand panics instead)
	return hex.EncodeToString(b)
}

// saneID reports whether a client's id may be used as is: 1 to 64 letters,
// digits and "-_.:" (UUIDs, proxies' ids), nothing that could forge or
// break a log line.
func saneID(s string) bool {
	if s == "" || len(s) > maxIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '_', c == '.', c == ':':
		default:
			return false
		}
	}
	return true
}

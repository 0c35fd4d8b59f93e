package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// Tokens holds the bearer tokens that may call the API. For now these are
// admin tokens (from STORECAST_ADMIN_TOKEN and the data directory); per-user
// tokens come with staff accounts. Only hashes are kept in memory.
type Tokens struct {
	hashes [][32]byte
}

// NewTokens accepts each non-empty token given.
func NewTokens(tokens ...string) *Tokens {
	t := &Tokens{}
	for _, s := range tokens {
		if s != "" {
			t.hashes = append(t.hashes, sha256.Sum256([]byte(s)))
		}
	}
	return t
}

// Valid compares in constant time against every known token, hashing first
// so the comparison never depends on the secret's length.
func (t *Tokens) Valid(token string) bool {
	h := sha256.Sum256([]byte(token))
	ok := 0
	for _, k := range t.hashes {
		ok |= subtle.ConstantTimeCompare(h[:], k[:])
	}
	return ok == 1 && token != ""
}

func (h *Handler) auth(next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		if !strings.EqualFold(scheme, "Bearer") || token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="storecast"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", "send an API token as Authorization: Bearer <token>")
			return
		}
		if !h.tokens.Valid(strings.TrimSpace(token)) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="storecast", error="invalid_token"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", "the API token is not valid")
			return
		}
		next(w, r)
	})
}

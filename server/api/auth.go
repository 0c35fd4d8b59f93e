package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"

	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// Tokens holds the setup tokens that act as an admin: STORECAST_ADMIN_TOKEN
// and the data directory's admin-token. Only hashes are kept in memory.
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

const (
	sessionCookie = "sc_session"
	csrfHeader    = "X-CSRF-Token"
)

var (
	errNoCredentials = errors.New("sign in, or send an API token as Authorization: Bearer <token>")
	errBadToken      = errors.New("the API token is not valid")
	errDeviceToken   = errors.New("a screen's device token cannot call staff endpoints")
	errBadSession    = errors.New("your session has ended; sign in again")
)

// principal works out who the request is from: a bearer token (setup or
// API token) or a session cookie.
func (h *Handler) principal(r *http.Request) (auth.Principal, error) {
	if hdr := r.Header.Get("Authorization"); hdr != "" {
		scheme, token, _ := strings.Cut(hdr, " ")
		token = strings.TrimSpace(token)
		if !strings.EqualFold(scheme, "Bearer") || token == "" {
			return auth.Principal{}, errNoCredentials
		}
		return h.bearer(r.Context(), token)
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return auth.Principal{}, errNoCredentials
	}
	ses, err := h.store.SessionByHash(r.Context(), auth.HashSecret(c.Value))
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return auth.Principal{}, errBadSession
		}
		return auth.Principal{}, err
	}
	return auth.Principal{UserID: ses.User.ID, Username: ses.User.Username, Role: ses.User.Role, Via: auth.ViaSession, CSRF: ses.CSRF}, nil
}

func (h *Handler) bearer(ctx context.Context, token string) (auth.Principal, error) {
	if h.tokens.Valid(token) {
		return auth.Principal{Username: "admin-token", Role: rest.RoleAdmin, Via: auth.ViaSetup}, nil
	}
	hash := auth.HashSecret(token)
	u, t, err := h.store.UserByAPIToken(ctx, hash)
	if err == nil {
		return auth.Principal{UserID: u.ID, Username: u.Username, Role: u.Role, Via: auth.ViaAPIToken, Token: t.Name, Scopes: t.Scopes}, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return auth.Principal{}, err
	}
	if _, err := h.store.ScreenByToken(ctx, hash); err == nil {
		return auth.Principal{}, errDeviceToken
	}
	return auth.Principal{}, errBadToken
}

// allow wraps next so that only the given roles (and admins) reach it.
// Cookie-authenticated changes must carry the session's CSRF token. Its
// reads, the credential's lookup first, use the store's reserved
// connection: only a request that presents a credential reaches the
// store here.
func (h *Handler) allow(next http.HandlerFunc, roles ...string) http.Handler {
	return h.allowScope("", next, roles...)
}

// allowScope is allow for a route of scope (rest.Scopes): a token limited
// to scopes reaches only the routes of those, and every other route
// refuses it.
func (h *Handler) allowScope(scope string, next http.HandlerFunc, roles ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r = r.WithContext(store.Reserved(r.Context()))
		p, err := h.principal(r)
		switch {
		case errors.Is(err, errDeviceToken):
			writeError(w, http.StatusForbidden, "forbidden", err.Error())
			return
		case errors.Is(err, errNoCredentials), errors.Is(err, errBadToken), errors.Is(err, errBadSession):
			w.Header().Set("WWW-Authenticate", `Bearer realm="storecast"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", err.Error())
			return
		case err != nil:
			h.internal(w, r, err)
			return
		}
		if p.Via == auth.ViaSession && !safeMethod(r.Method) && !auth.Equal(r.Header.Get(csrfHeader), p.CSRF) {
			refuseCSRF(w)
			return
		}
		if !p.Scoped(scope) {
			writeError(w, http.StatusForbidden, "forbidden", "this token's scopes ("+strings.Join(p.Scopes, ", ")+") do not include this route")
			return
		}
		if len(roles) > 0 && !p.Can(roles...) {
			writeError(w, http.StatusForbidden, "forbidden", "your role ("+p.Role+") may not do this")
			return
		}
		ctx := store.WithActor(auth.With(r.Context(), p), p.Actor())
		next(w, r.WithContext(ctx))
	})
}

// auth is for content endpoints: editors and admins.
func (h *Handler) auth(next http.HandlerFunc) http.Handler {
	return h.allow(next, rest.RoleEditor)
}

// refuseCSRF answers a cookie-authenticated change without the session's
// CSRF token.
func refuseCSRF(w http.ResponseWriter) {
	writeError(w, http.StatusForbidden, "csrf", "missing or wrong "+csrfHeader+" header; reload the console")
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

func principalOf(r *http.Request) auth.Principal {
	p, _ := auth.From(r.Context())
	return p
}

package api

import (
	"errors"
	"net"
	"net/http"
	"strings"
	"time"

	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// login signs a staff member in with a session cookie. Failures are
// throttled per username and per address, and every failure gets the same
// answer, so the endpoint does not tell which usernames exist.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	var in rest.Credentials
	if !readJSON(w, r, &in) {
		return
	}
	userKey, addrKey := strings.ToLower(strings.TrimSpace(in.Username)), clientAddr(r)
	for _, t := range []struct {
		th  *auth.Throttle
		key string
	}{{h.logins, userKey}, {h.addrs, addrKey}} {
		if locked, wait := t.th.Locked(t.key); locked {
			w.Header().Set("Retry-After", itoa(int(wait.Seconds())+1))
			writeError(w, http.StatusTooManyRequests, "throttled", "too many failed sign-ins; try again in "+wait.Round(time.Minute).String())
			return
		}
	}
	u, err := h.store.UserByName(r.Context(), strings.TrimSpace(in.Username))
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		h.internal(w, r, err)
		return
	}
	if !h.hasher.Check(u.PasswordHash, in.Password) {
		h.logins.Fail(userKey)
		h.addrs.Fail(addrKey)
		writeError(w, http.StatusUnauthorized, "bad_credentials", "wrong username or password")
		return
	}
	// Said only to whoever knows the password, so it tells a stranger
	// nothing about which accounts exist.
	if u.DisabledAt != nil {
		writeError(w, http.StatusForbidden, "disabled", "this account is disabled; ask an admin to enable it")
		return
	}
	h.logins.Succeed(userKey)
	h.addrs.Succeed(addrKey)
	token, csrf := auth.NewSecret("scs_"), auth.NewSecret("")
	expires := h.now().Add(h.sessions)
	ctx := store.WithActor(r.Context(), u.Username)
	if err := h.store.CreateSession(ctx, auth.HashSecret(token), u.ID, csrf, expires); err != nil {
		h.internal(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", Expires: expires, MaxAge: int(h.sessions.Seconds()),
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: h.secure || r.TLS != nil,
	})
	h.writeMe(w, r, rest.Me{ID: u.ID, Username: u.Username, Role: u.Role, Via: auth.ViaSession, CSRF: csrf, Expires: expires})
}

// logout ends the browser's session. Ending it is a change like any
// other, so it needs the session's CSRF token: without one a page on
// another site could sign staff out. A cookie whose session has ended
// already protects nothing and is simply cleared.
func (h *Handler) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		hash := auth.HashSecret(c.Value)
		ses, err := h.store.SessionByHash(r.Context(), hash)
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			h.internal(w, r, err)
			return
		case !auth.Equal(r.Header.Get(csrfHeader), ses.CSRF):
			refuseCSRF(w)
			return
		default:
			ctx := store.WithActor(r.Context(), ses.User.Username)
			if err := h.store.DeleteSession(ctx, hash); err != nil && !errors.Is(err, store.ErrNotFound) {
				h.internal(w, r, err)
				return
			}
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: h.secure || r.TLS != nil})
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) whoami(w http.ResponseWriter, r *http.Request) {
	p := principalOf(r)
	h.writeMe(w, r, rest.Me{ID: p.UserID, Username: p.Username, Role: p.Role, Via: p.Via, CSRF: p.CSRF})
}

// writeMe answers with who is signed in and the store's clock.
func (h *Handler) writeMe(w http.ResponseWriter, r *http.Request, me rest.Me) {
	info, err := h.store.StoreInfo(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	me.TimeZone, me.ZoneData = info.TimeZone, info.ZoneData
	writeJSON(w, http.StatusOK, me)
}

func (h *Handler) changePassword(w http.ResponseWriter, r *http.Request) {
	var in rest.PasswordChange
	if !readJSON(w, r, &in) {
		return
	}
	p := principalOf(r)
	if p.UserID == "" {
		writeError(w, http.StatusForbidden, "forbidden", "the setup token has no password; sign in as a user")
		return
	}
	u, err := h.store.User(r.Context(), p.UserID)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if !h.hasher.Check(u.PasswordHash, in.Current) {
		writeFieldError(w, "current", "is not your current password")
		return
	}
	hash, err := h.hasher.Hash(in.New)
	if err != nil {
		writeFieldError(w, "new", "must be 10 to 72 bytes long")
		return
	}
	if err := h.store.SetPassword(r.Context(), u.ID, hash, in.RevokeTokens); err != nil {
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent) // every session ended: sign in again
}

// setupStatus tells the console whether the first admin must be created.
func (h *Handler) setupStatus(w http.ResponseWriter, r *http.Request) {
	n, err := h.store.CountUsers(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.SetupStatus{NeedsSetup: n == 0})
}

// setup creates the first admin, proven by the data directory's setup token
// (only whoever can read the server's files has it); once any account
// exists it refuses. No default password ever exists.
func (h *Handler) setup(w http.ResponseWriter, r *http.Request) {
	var in rest.Setup
	if !readJSON(w, r, &in) {
		return
	}
	if !h.tokens.Valid(strings.TrimSpace(in.Token)) {
		h.addrs.Fail(clientAddr(r))
		writeFieldError(w, "token", "is not the setup token in the data directory's admin-token file")
		return
	}
	n, err := h.store.CountUsers(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if n > 0 {
		writeError(w, http.StatusConflict, "exists", "an account exists already; sign in")
		return
	}
	h.createUser(w, r.WithContext(store.WithActor(r.Context(), "setup")), rest.UserInput{Credentials: in.Credentials, Role: rest.RoleAdmin})
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

package api

import (
	"errors"
	"net/http"
	"regexp"
	"strings"

	"storecast/server/auth"
	"storecast/server/store"
)

// installRE is an anonymous kiosk's install id: random, made by the page.
var installRE = regexp.MustCompile(`^[A-Za-z0-9_-]{16,64}$`)

// errBadDevice answers a kiosk endpoint called with a credential that is
// not a live device token.
var errBadDevice = errors.New("the device token is unknown or revoked; pair this screen again, or send no Authorization header")

// claimDevice says which screen a kiosk request comes from: a paired one
// by its device token, an anonymous one by the install id its page keeps.
// A request that sends a credential must send a live device token: one
// that is revoked, unknown or of another kind is refused (401), never
// taken as anonymous, so revoking a kiosk stops it claiming at once. It
// answers the client itself when it returns false.
func (h *Handler) claimDevice(w http.ResponseWriter, r *http.Request, install string) (string, bool) {
	if r.Header.Get("Authorization") != "" {
		tok := bearerToken(r)
		if tok == "" {
			h.refuseDevice(w)
			return "", false
		}
		sc, err := h.store.ScreenByToken(r.Context(), auth.HashSecret(tok))
		switch {
		case errors.Is(err, store.ErrNotFound):
			h.refuseDevice(w)
			return "", false
		case err != nil:
			h.internal(w, r, err)
			return "", false
		}
		return "screen:" + sc.ID, true // a paired kiosk: its limits survive any reload
	}
	if !installRE.MatchString(install) {
		writeFieldError(w, "install", "the kiosk's install id is missing or malformed")
		return "", false
	}
	return "install:" + install, true
}

func (h *Handler) refuseDevice(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="storecast"`)
	writeError(w, http.StatusUnauthorized, "unauthorized", errBadDevice.Error())
}

// bearerToken is the token of an "Authorization: Bearer" header, or "".
func bearerToken(r *http.Request) string {
	scheme, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(tok)
}

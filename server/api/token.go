package api

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// listTokens shows the caller's tokens; admins see everyone's.
func (h *Handler) listTokens(w http.ResponseWriter, r *http.Request) {
	p := principalOf(r)
	owner := p.UserID
	if p.Role == rest.RoleAdmin {
		owner = ""
	}
	ts, err := h.store.APITokens(r.Context(), owner)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.TokenList{Tokens: bodies(ts, tokenBody)})
}

// createToken makes a token for the caller; the secret is in this answer
// only.
func (h *Handler) createToken(w http.ResponseWriter, r *http.Request) {
	var in rest.TokenInput
	if !readJSON(w, r, &in) {
		return
	}
	p := principalOf(r)
	if p.UserID == "" {
		writeError(w, http.StatusForbidden, "forbidden", "create API tokens as a signed-in user, not with the setup token")
		return
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || utf8.RuneCountInString(name) > 60 {
		writeFieldError(w, "name", "1 to 60 characters")
		return
	}
	if !valid(w, content.CheckString("name", name, 60, true)) {
		return
	}
	for _, s := range in.Scopes {
		if !slices.Contains(rest.Scopes, s) {
			writeFieldError(w, "scopes", "unknown scope "+strconv.Quote(s)+"; known: "+strings.Join(rest.Scopes, ", "))
			return
		}
	}
	secret := auth.NewSecret("sct_")
	t, err := h.store.CreateAPIToken(r.Context(), p.UserID, name, auth.HashSecret(secret), slices.Compact(slices.Sorted(slices.Values(in.Scopes))))
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, rest.TokenCreated{Secret: secret, Token: tokenBody(t)})
}

func (h *Handler) revokeToken(w http.ResponseWriter, r *http.Request) {
	p := principalOf(r)
	owner := p.UserID
	if p.Role == rest.RoleAdmin {
		owner = ""
	}
	if err := h.store.RevokeAPIToken(r.Context(), r.PathValue("id"), owner); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no such token of yours")
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func tokenBody(t store.APIToken) rest.Token {
	return rest.Token{ID: t.ID, UserID: t.UserID, Name: t.Name, Scopes: t.Scopes, CreatedAt: t.CreatedAt, RevokedAt: t.RevokedAt}
}

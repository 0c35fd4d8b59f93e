package api

import (
	"errors"
	"net/http"
	"regexp"
	"strconv"

	"storecast/app/rest"
	"storecast/server/store"
)

var usernameRE = regexp.MustCompile(`^[\p{L}\p{N}._-]{2,40}$`)

func (h *Handler) listUsers(w http.ResponseWriter, r *http.Request) {
	us, err := h.store.Users(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.UserList{Users: bodies(us, userBody)})
}

func (h *Handler) addUser(w http.ResponseWriter, r *http.Request) {
	var in rest.UserInput
	if !readJSON(w, r, &in) {
		return
	}
	h.createUser(w, r, in)
}

func (h *Handler) createUser(w http.ResponseWriter, r *http.Request, in rest.UserInput) {
	if !usernameRE.MatchString(in.Username) {
		writeFieldError(w, "username", "2 to 40 letters, digits, dots, dashes or underscores")
		return
	}
	switch in.Role {
	case rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier:
	default:
		writeFieldError(w, "role", "must be admin, editor or cashier")
		return
	}
	hash, err := h.hasher.Hash(in.Password)
	if err != nil {
		writeFieldError(w, "password", "must be 10 to 72 bytes long")
		return
	}
	u, err := h.store.CreateUser(r.Context(), in.Username, in.Role, hash)
	if errors.Is(err, store.ErrExists) {
		writeFieldError(w, "username", "is taken")
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, userBody(u))
}

func (h *Handler) deleteUser(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == principalOf(r).UserID {
		writeError(w, http.StatusConflict, "self", "you cannot delete your own account")
		return
	}
	if err := h.store.DeleteUser(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no user with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) auditLog(w http.ResponseWriter, r *http.Request) {
	before, _ := strconv.ParseInt(r.URL.Query().Get("before"), 10, 64)
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	es, err := h.store.AuditLog(r.Context(), before, limit)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	log := rest.AuditLog{Entries: bodies(es, auditBody)}
	if log.Entries == nil {
		log.Entries = []rest.AuditEntry{}
	}
	writeJSON(w, http.StatusOK, log)
}

// userBody is a staff account as clients see it: never its password hash.
func userBody(u store.User) rest.User {
	return rest.User{ID: u.ID, Username: u.Username, Role: u.Role, CreatedAt: u.CreatedAt}
}

func auditBody(e store.AuditEntry) rest.AuditEntry {
	return rest.AuditEntry{ID: e.ID, At: e.At, Actor: e.Actor, Action: e.Action, Target: e.Target, Detail: e.Detail}
}

func itoa(n int) string { return strconv.Itoa(n) }

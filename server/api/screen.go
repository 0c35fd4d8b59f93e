package api

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/fleet"
	"storecast/server/store"
)

func (h *Handler) fleetView(w http.ResponseWriter, r *http.Request) {
	v, err := h.fleet.View(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.Fleet{Screens: bodies(v.Screens, fleetScreenBody), Anonymous: v.Anonymous, Waiting: v.Waiting})
}

func screenBody(sc store.Screen) rest.Screen {
	return rest.Screen{
		ID: sc.ID, Name: sc.Name, Kind: sc.Kind, Groups: sc.Groups, CreatedAt: sc.CreatedAt,
		LastSeen: sc.LastSeen, AppVersion: sc.AppVersion, RevokedAt: sc.RevokedAt,
	}
}

func fleetScreenBody(sv fleet.ScreenView) rest.FleetScreen {
	return rest.FleetScreen{Screen: screenBody(sv.Screen), Online: sv.Online, Since: sv.Since, Status: sv.Status}
}

// checkScreen checks a screen's name, kind and groups, and its pairing
// code when needCode.
func checkScreen(w http.ResponseWriter, in *rest.ScreenInput, needCode bool) bool {
	in.Name = strings.TrimSpace(in.Name)
	switch {
	case needCode && strings.TrimSpace(in.Code) == "":
		writeFieldError(w, "code", "type the 6-character code shown on the screen")
	case in.Name == "" || utf8.RuneCountInString(in.Name) > 60:
		writeFieldError(w, "name", "1 to 60 characters")
	case !valid(w, content.CheckString("name", in.Name, 60, true)):
	case in.Kind != "" && in.Kind != content.KindKiosk && in.Kind != content.KindSignage:
		writeFieldError(w, "kind", "must be kiosk or signage")
	default:
		return valid(w, content.ValidGroups("groups", in.Groups))
	}
	return false
}

func (h *Handler) pairScreen(w http.ResponseWriter, r *http.Request) {
	var in rest.ScreenInput
	if !readJSON(w, r, &in) {
		return
	}
	if !checkScreen(w, &in, true) {
		return
	}
	sc, err := h.fleet.Pair(r.Context(), in.Code, in.Name, in.Kind, in.Groups)
	switch {
	case errors.Is(err, fleet.ErrBadCode):
		writeFieldError(w, "code", err.Error())
	case errors.Is(err, fleet.ErrScreenGone):
		writeError(w, http.StatusConflict, "screen_gone", err.Error())
	case err != nil:
		h.internal(w, r, err)
	default:
		writeJSON(w, http.StatusCreated, screenBody(sc))
	}
}

func (h *Handler) updateScreen(w http.ResponseWriter, r *http.Request) {
	var in rest.ScreenInput
	if !readJSON(w, r, &in) {
		return
	}
	if !checkScreen(w, &in, false) {
		return
	}
	id := r.PathValue("id")
	if err := h.store.UpdateScreen(r.Context(), id, in.Name, in.Groups); err != nil {
		h.screenError(w, r, err)
		return
	}
	// The screen learns its new groups from its next welcome.
	h.fleet.Hub.Disconnect(id, content.CloseResume, "screen settings changed")
	sc, err := h.store.Screen(r.Context(), id)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, screenBody(sc))
}

func (h *Handler) revokeScreen(w http.ResponseWriter, r *http.Request) {
	if err := h.fleet.Revoke(r.Context(), r.PathValue("id")); err != nil {
		h.screenError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) commandScreen(w http.ResponseWriter, r *http.Request) {
	var in rest.ScreenCommand
	if !readJSON(w, r, &in) {
		return
	}
	id := r.PathValue("id")
	sc, err := h.store.Screen(r.Context(), id)
	if err != nil {
		h.screenError(w, r, err)
		return
	}
	cmd := content.Command{Name: in.Name}
	switch in.Name {
	case content.CommandReload:
	case content.CommandIdentify:
		cmd.Text = sc.Name
	default:
		writeFieldError(w, "name", "must be reload or identify")
		return
	}
	if err := h.fleet.Command(r.Context(), id, cmd); err != nil {
		if errors.Is(err, fleet.ErrOffline) {
			writeError(w, http.StatusConflict, "offline", "the screen is offline; it cannot get commands now")
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (h *Handler) screenError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no such screen (or already revoked)")
		return
	}
	h.internal(w, r, err)
}

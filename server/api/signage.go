package api

import (
	"errors"
	"net/http"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func (h *Handler) listSignage(w http.ResponseWriter, r *http.Request) {
	ps, err := h.store.Playlists(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	ss, err := h.store.Schedules(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	info, err := h.store.StoreInfo(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	info.ZoneData = nil
	writeJSON(w, http.StatusOK, content.Signage{Store: info, Playlists: ps, Schedules: ss})
}

func (h *Handler) savePlaylist(w http.ResponseWriter, r *http.Request) {
	var p content.Playlist
	if !readJSONLimit(w, r, &p, 256<<10) {
		return
	}
	p.ID = r.PathValue("id") // empty on POST
	if p.Layout == "" {
		p.Layout = content.LayoutFull
	}
	if !valid(w, p.Validate()) {
		return
	}
	for i, s := range p.Slides {
		if (s.Kind == content.SlideImage || s.Kind == content.SlideVideo) && !h.media.Exists(s.Media) {
			writeFieldError(w, "slides["+itoa(i)+"].media", "no uploaded media at "+s.Media)
			return
		}
	}
	p, err := h.store.SavePlaylist(r.Context(), p)
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	writeJSON(w, map[bool]int{true: http.StatusCreated, false: http.StatusOK}[r.PathValue("id") == ""], p)
}

func (h *Handler) deletePlaylist(w http.ResponseWriter, r *http.Request) {
	if err := h.store.DeletePlaylist(r.Context(), r.PathValue("id")); err != nil {
		h.storeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) saveSchedule(w http.ResponseWriter, r *http.Request) {
	var s content.Schedule
	if !readJSON(w, r, &s) {
		return
	}
	s.ID = r.PathValue("id")
	if !valid(w, s.Validate()) {
		return
	}
	s, err := h.store.SaveSchedule(r.Context(), s)
	if errors.Is(err, store.ErrNoPlaylist) {
		writeFieldError(w, "playlist", "no such playlist")
		return
	}
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	writeJSON(w, map[bool]int{true: http.StatusCreated, false: http.StatusOK}[r.PathValue("id") == ""], s)
}

func (h *Handler) deleteSchedule(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.DeleteSchedule(r.Context(), id); err != nil {
		h.storeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// setDefaultPlaylist names what plays when no schedule is active.
func (h *Handler) setDefaultPlaylist(w http.ResponseWriter, r *http.Request) {
	var in rest.DefaultPlaylist
	if !readJSON(w, r, &in) {
		return
	}
	err := h.store.SetDefaultPlaylist(r.Context(), in.Playlist)
	switch {
	case errors.Is(err, store.ErrNoPlaylist):
		writeFieldError(w, "playlist", "no such playlist")
	case err != nil:
		h.internal(w, r, err)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// preview answers "what does screen X show at time T".
func (h *Handler) preview(w http.ResponseWriter, r *http.Request) {
	at := h.now()
	if s := r.URL.Query().Get("at"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			writeFieldError(w, "at", "a time as RFC 3339, e.g. 2026-11-27T12:00:00+08:00")
			return
		}
		at = t
	}
	var groups []string
	if id := r.URL.Query().Get("screen"); id != "" {
		sc, err := h.store.Screen(r.Context(), id)
		if err != nil {
			h.screenError(w, r, err)
			return
		}
		groups = sc.Groups
	}
	ps, err1 := h.store.Playlists(r.Context())
	ss, err2 := h.store.Schedules(r.Context())
	info, err3 := h.store.StoreInfo(r.Context())
	if err := errors.Join(err1, err2, err3); err != nil {
		h.internal(w, r, err)
		return
	}
	g := content.Signage{Store: info, Playlists: ps, Schedules: ss}
	p, ok := g.PlaylistAt(at, groups)
	out := rest.Preview{At: at, TimeZone: info.TimeZone}
	if ok {
		out.Playlist = &p
	}
	writeJSON(w, http.StatusOK, out)
}

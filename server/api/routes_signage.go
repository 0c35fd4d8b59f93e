package api

import (
	"storecast/app/rest"
)

// registerSignage adds playlists, schedules, the default playlist, the
// preview and proof of play.
func (h *Handler) registerSignage(mux Mux) {
	const editor = rest.RoleEditor
	mux.Handle("GET /api/v1/signage", h.allow(h.listSignage, editor))
	mux.Handle("PUT /api/v1/signage/default", h.allow(h.setDefaultPlaylist, editor))
	mux.Handle("GET /api/v1/signage/preview", h.allow(h.preview, editor))
	mux.Handle("POST /api/v1/playlists", h.allow(h.savePlaylist, editor))
	mux.Handle("PUT /api/v1/playlists/{id}", h.allow(h.savePlaylist, editor))
	mux.Handle("DELETE /api/v1/playlists/{id}", h.allow(h.deletePlaylist, editor))
	mux.Handle("POST /api/v1/schedules", h.allow(h.saveSchedule, editor))
	mux.Handle("PUT /api/v1/schedules/{id}", h.allow(h.saveSchedule, editor))
	mux.Handle("DELETE /api/v1/schedules/{id}", h.allow(h.deleteSchedule, editor))
	mux.HandleFunc("POST /api/v1/plays", h.anonymous(h.addPlays))
	mux.Handle("GET /api/v1/plays/report", h.allow(h.playReport, editor))
}

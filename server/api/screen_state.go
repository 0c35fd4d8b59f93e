package api

import "net/http"

// screenState is GET /api/v1/screens/state: the state every screen draws
// from, so the console's live view draws what each screen reports it
// shows from the same data.
func (h *Handler) screenState(w http.ResponseWriter, r *http.Request) {
	if h.state == nil {
		writeError(w, http.StatusNotFound, "not_found", "this server has no live view")
		return
	}
	snap, err := h.state(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, snap)
}

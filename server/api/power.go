package api

import (
	"net/http"

	"storecast/app/content"
)

// getPower is GET /api/v1/power: the screens' opening hours per group.
func (h *Handler) getPower(w http.ResponseWriter, r *http.Request) {
	p, err := h.store.Power(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// setPower is PUT /api/v1/power: all power schedules at once; screens
// follow them at once, on their own clocks.
func (h *Handler) setPower(w http.ResponseWriter, r *http.Request) {
	var p content.Power
	if !readJSONLimit(w, r, &p, 64<<10) {
		return
	}
	if !valid(w, p.Validate()) {
		return
	}
	if err := h.store.SetPower(r.Context(), p); err != nil {
		h.storeError(w, r, err)
		return
	}
	if p.Schedules == nil {
		p.Schedules = []content.PowerSchedule{}
	}
	writeJSON(w, http.StatusOK, p)
}

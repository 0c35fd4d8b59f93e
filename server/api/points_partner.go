package api

import (
	"net/http"

	"storecast/app/rest"
)

// Partner merchants' handlers: editors list, add, change and disable the
// merchants whose points members exchange ours for, with their rates and
// daily caps. The ledger writes each change to the audit log.

func (h *Handler) pointsPartners(w http.ResponseWriter, r *http.Request) {
	ps, err := h.points.Partners(r.Context())
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.PointsPartners{Partners: nonNil(ps)})
}

// putPointsPartner adds or replaces the partner the path names; the
// body's id, if any, must be the path's.
func (h *Handler) putPointsPartner(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsPartner
	if !readJSON(w, r, &in) {
		return
	}
	id := r.PathValue("id")
	if in.ID != "" && in.ID != id {
		writeFieldError(w, "id", "must be the id in the path")
		return
	}
	in.ID = id
	if err := h.points.PutPartner(r.Context(), in); err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, in)
}

// disablePointsPartner stops exchanges with a partner; it stays listed,
// inactive, for its settlement (PUT with active true resumes it).
func (h *Handler) disablePointsPartner(w http.ResponseWriter, r *http.Request) {
	if err := h.points.DisablePartner(r.Context(), r.PathValue("id")); err != nil {
		h.pointsError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

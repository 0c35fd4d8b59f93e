package api

import (
	"net/http"

	"storecast/app/rest"
	"storecast/server/points"
)

// A member's own phone (server/phone's /m page) joins and then holds only
// its card, the secret the ledger gave it: with the card it gets its
// rotating member code and balance, its entries, a copy of everything
// stored and the deletion of its membership — the rights a member has,
// without a till. Every call trades the card for the member's code first,
// so they work alike with the store's ledger and head office's.

// selfJoin makes a member from their own phone, without a phone number;
// at most a few joins an hour from one address.
func (h *Handler) selfJoin(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsSelfJoin
	if !readJSON(w, r, &in) {
		return
	}
	addr := clientAddr(r)
	if locked, _ := h.joins.Locked(addr); locked {
		w.Header().Set("Retry-After", "600")
		writeError(w, http.StatusTooManyRequests, "throttled", "too many memberships from this network; try again later")
		return
	}
	h.joins.Fail(addr) // counts attempts
	m, err := h.points.Join(r.Context(), rest.PointsJoin{ConsentVersion: in.ConsentVersion, ConsentLocale: in.ConsentLocale})
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, m)
}

// readCard reads a body into in and returns the code of the member whose
// card it holds (at card), answering the client itself when the body is
// bad or the card is no member's.
func (h *Handler) readCard(w http.ResponseWriter, r *http.Request, in any, card *string) (string, bool) {
	if !readJSON(w, r, in) {
		return "", false
	}
	c, err := h.points.CardCode(r.Context(), *card)
	if err != nil {
		h.pointsError(w, r, err)
		return "", false
	}
	return c.Code, true
}

func (h *Handler) cardEntries(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsCardEntries
	code, ok := h.readCard(w, r, &in, &in.Card)
	if !ok {
		return
	}
	hist, err := h.points.History(r.Context(), code, in.Before, 50)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hist)
}

// cardExport is GET …/export for the member's own phone (format=json or
// csv in the query, as there).
func (h *Handler) cardExport(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsCard
	code, ok := h.readCard(w, r, &in, &in.Card)
	if !ok {
		return
	}
	h.exportMember(w, r, code)
}

func (h *Handler) cardDelete(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsCard
	code, ok := h.readCard(w, r, &in, &in.Card)
	if !ok {
		return
	}
	if err := h.points.Delete(r.Context(), code); err != nil {
		h.pointsError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// memberQR draws a member code as a QR code for the member's phone. It
// draws only what has a member code's shape, whether or not it is any
// member's (it never asks the ledger), and is never cached: the code
// changes every 30 seconds.
func (h *Handler) memberQR(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	if !points.WellFormed(code) {
		http.NotFound(w, r)
		return
	}
	png, err := h.qrs.PNG(code)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(png)
}

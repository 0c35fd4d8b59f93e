package api

import (
	"net/http"

	"storecast/app/rest"
)

// Exchanges with partner merchants, from tills (cashiers, or tokens with
// the points scope) as earns and spends are. The key is the request's
// idempotency key: required, one exchange per partner and key, however
// often it is sent. As earns and spends, the ledger's entries record the
// actor, so they write no audit entries of their own.

// exchangePartnerPoints is POST /points/partner-exchanges: 201 for an
// exchange written, 200 for one the key already wrote.
func (h *Handler) exchangePartnerPoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PartnerExchangeInput
	if !readJSON(w, r, &in) {
		return
	}
	out, err := h.points.Exchange(r.Context(), in)
	h.exchanged(w, r, out, out.Replayed, err)
}

// spendAtPartner is POST /points/partner-spends: our points on a
// partner's item, the exchange and the spend whole or neither.
func (h *Handler) spendAtPartner(w http.ResponseWriter, r *http.Request) {
	var in rest.PartnerSpendInput
	if !readJSON(w, r, &in) {
		return
	}
	out, err := h.points.SpendAtPartner(r.Context(), in)
	h.exchanged(w, r, out, out.Replayed, err)
}

func (h *Handler) exchanged(w http.ResponseWriter, r *http.Request, out any, replayed bool, err error) {
	switch {
	case err != nil:
		h.pointsError(w, r, err)
	case replayed:
		writeJSON(w, http.StatusOK, out)
	default:
		writeJSON(w, http.StatusCreated, out)
	}
}

package api

import (
	"errors"
	"net/http"

	"storecast/app/rest"
)

// The kiosk's "My points" without a scanner (link_book.go keeps the
// sessions): the kiosk asks for a link and shows its QR code, the
// shopper's phone confirms it with its card, and the kiosk, asking about
// the link, gets the member's code — the card itself never reaches the
// kiosk.

// linkURL is the member page a link's QR code holds.
func (h *Handler) linkURL(id string) string { return h.publicURL + "/m/link/" + id }

// openLink is POST /kiosk/points/links: counted with claims, as every
// anonymous kiosk call that makes something is.
func (h *Handler) openLink(w http.ResponseWriter, r *http.Request) {
	var in rest.KioskLinkInput
	if !readJSON(w, r, &in) {
		return
	}
	device, ok := h.claimant(w, r, in.Install)
	if !ok {
		return
	}
	id, expires, err := h.links.open(device, h.now())
	if err != nil {
		h.linkError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, rest.KioskLink{ID: id, URL: h.linkURL(id),
		QR: "/api/v1/kiosk/points/links/" + id + "/qr.png", ExpiresAt: expires.UTC()})
}

// pollLink is GET /kiosk/points/links/{id}?install=: asked about once a
// second by the kiosk that opened the link, so it is not counted with
// claims. The answer with the member's code is given once.
func (h *Handler) pollLink(w http.ResponseWriter, r *http.Request) {
	device, ok := h.claimDevice(w, r, r.URL.Query().Get("install"))
	if !ok {
		return
	}
	code, err := h.links.poll(r.PathValue("id"), device, h.now())
	if err != nil {
		h.linkError(w, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, rest.KioskLinkState{Linked: code != "", MemberCode: code})
}

// linkQR draws a link's URL as a QR code. It draws only what has a link
// id's shape, as memberQR does, without asking whether the link exists.
func (h *Handler) linkQR(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !linkIDRE.MatchString(id) {
		http.NotFound(w, r)
		return
	}
	png, err := h.qrs.PNG(h.linkURL(id))
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(png)
}

// confirmLink is POST /points/card/links/{id} from the member's phone:
// the card is traded for the member's code here, and only the code is
// left for the kiosk. The link is checked before the trade so a stale QR
// code is told so even with a bad card, and again after, so two phones
// racing for one link see one win.
func (h *Handler) confirmLink(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.links.usable(id, h.now()); err != nil {
		h.linkError(w, err)
		return
	}
	var in rest.PointsCard
	code, ok := h.readCard(w, r, &in, &in.Card)
	if !ok {
		return
	}
	if err := h.links.confirm(id, code, h.now()); err != nil {
		h.linkError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// linkError answers a link book's refusal.
func (h *Handler) linkError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errLinkGone):
		writeError(w, http.StatusGone, "gone", err.Error())
	case errors.Is(err, errLinkFull):
		w.Header().Set("Retry-After", "60")
		writeError(w, http.StatusServiceUnavailable, "busy", err.Error())
	default:
		writeError(w, http.StatusNotFound, "not_found", errLinkUnknown.Error())
	}
}

package api

import (
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/coupon"
	"storecast/server/fleet"
	"storecast/server/store"
)

const maxLinkHours = int(fleet.EnrolMaxTTL / time.Hour)

// checkLink checks a link's name, kind and groups, and sets its hours
// (0: fleet.EnrolTTL).
func checkLink(w http.ResponseWriter, in *rest.LinkInput) bool {
	in.Name = strings.TrimSpace(in.Name)
	if in.Hours == 0 {
		in.Hours = int(fleet.EnrolTTL / time.Hour)
	}
	switch {
	case in.Name == "" || utf8.RuneCountInString(in.Name) > 60:
		writeFieldError(w, "name", "1 to 60 characters")
	case !valid(w, content.CheckString("name", in.Name, 60, true)):
	case in.Kind != content.KindKiosk && in.Kind != content.KindSignage:
		writeFieldError(w, "kind", "must be kiosk or signage")
	case in.Hours < 1 || in.Hours > maxLinkHours:
		writeFieldError(w, "hours", "must be 1 to 168 (7 days)")
	default:
		return valid(w, content.ValidGroups("groups", in.Groups))
	}
	return false
}

// enrolURL is the page a new screen opens to enrol: its kind's page with
// the token, on the public URL.
func (h *Handler) enrolURL(kind, token string) string {
	return h.publicURL + "/" + kind + "?enrol=" + url.QueryEscape(token)
}

// createEnrolmentLink makes a one-time link and its QR code. Both are
// made before the link is stored, so a link that could not be shown is
// never stored.
func (h *Handler) createEnrolmentLink(w http.ResponseWriter, r *http.Request) {
	var in rest.LinkInput
	if !readJSON(w, r, &in) {
		return
	}
	if !checkLink(w, &in) {
		return
	}
	token := fleet.NewLinkToken()
	link := h.enrolURL(in.Kind, token)
	png, err := coupon.QR(link)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	l, err := h.fleet.CreateLink(r.Context(), token, in.Name, in.Kind, in.Groups, time.Duration(in.Hours)*time.Hour)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	// The only answer that holds the link: the server keeps just its hash.
	writeJSON(w, http.StatusCreated, rest.LinkCreated{Link: linkBody(l), URL: link, QRPNG: base64.StdEncoding.EncodeToString(png)})
}

func (h *Handler) listEnrolmentLinks(w http.ResponseWriter, r *http.Request) {
	ls, err := h.store.PendingEnrolmentLinks(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.LinkList{Links: bodies(ls, linkBody)})
}

func (h *Handler) revokeEnrolmentLink(w http.ResponseWriter, r *http.Request) {
	err := h.store.RevokeEnrolmentLink(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no such unused enrolment link (already used, revoked, or never made)")
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func linkBody(l store.EnrolmentLink) rest.EnrolmentLink {
	return rest.EnrolmentLink{
		ID: l.ID, Name: l.Name, Kind: l.Kind, Groups: l.Groups, CreatedAt: l.CreatedAt, CreatedBy: l.CreatedBy,
		ExpiresAt: l.ExpiresAt, UsedAt: l.UsedAt, ScreenID: l.ScreenID, RevokedAt: l.RevokedAt,
	}
}

package phone

import (
	"net/http"
	"net/url"

	"storecast/app/i18n"
)

// The link page's script, a file under /web.
const linkScript = "/web/member_link.js"

// linkView is the link page's data: the kiosk's link id and every word
// web/member_link.js may say, in the phone's language.
type linkView struct {
	page
	ID, Intro, Link, JoinFirst, JoinLink, JoinURL, NoScript string
	Working, Linked, Gone, Failed                           string
}

// linkPage is /m/link/{id}, the page a kiosk's QR code opens: the phone
// that holds a member card confirms the link with it (the script posts
// the card; the server gives the kiosk only the member's code), and a
// phone with none is sent to /m to join. Whether the link is still open
// is the API's to say when the phone confirms: the page holds nothing
// but the id, so it is the same for every shopper.
func (h *Handler) linkPage(w http.ResponseWriter, r *http.Request) {
	locale := localeOf(r.URL)
	t := func(id string) string { return i18n.T(locale, id) }
	v := linkView{page: newPage(locale, t(i18n.MemberLinkTitle), linkScript), ID: r.PathValue("id")}
	h.branded(r.Context(), &v.page)
	v.Intro, v.Link, v.JoinFirst, v.JoinLink = t(i18n.MemberLinkIntro), t(i18n.MemberLinkButton), t(i18n.MemberLinkJoin), t(i18n.MemberLinkJoinLink)
	v.JoinURL = "/m?lang=" + url.QueryEscape(locale)
	v.NoScript, v.Working, v.Linked, v.Gone = t(i18n.MemberNoScript), t(i18n.MemberWorking), t(i18n.MemberLinked), t(i18n.MemberLinkGone)
	v.Failed = t(i18n.MemberFailed) // offline too: the shopper tries again either way
	h.writePage(w, r, http.StatusOK, "link", v)
}

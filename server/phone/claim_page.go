package phone

import (
	"net/http"
	"strings"

	"storecast/app/i18n"
)

// The claim page's script, a file under /web.
const claimScript = "/web/claim.js"

// claimView is the claim page's data. Claim is nil when the link names no
// campaign that could exist: the page says so at once and claims nothing.
type claimView struct {
	page
	Working, Why string
	Claim        *claimScriptData
}

// claimScriptData is what web/claim.js reads from the page: the campaign,
// the language of the coupon page it goes on to, and each answer it may
// have to give, in that language.
type claimScriptData struct {
	Campaign, Lang                                              string
	Limit, SoldOut, Ended, Unknown, Busy, Failed, NotNow, Retry string
}

// claimPage is where a signage screen's QR code leads: the script claims
// a coupon for this phone (by the install id it keeps in the phone's
// storage: the server never knows whose phone it is) and goes on to the
// coupon's page. Any path under /claim/ gets the page, so a damaged link
// says "unknown offer" in the phone's language rather than a bare 404.
func (h *Handler) claimPage(w http.ResponseWriter, r *http.Request) {
	locale := localeOf(r.URL)
	campaign := strings.TrimPrefix(r.URL.Path, "/claim/")
	v := claimView{page: newPage(locale, i18n.T(locale, i18n.ClaimTitle), claimScript)}
	h.branded(r.Context(), &v.page)
	if !validCampaign(campaign) {
		v.Why = i18n.T(locale, i18n.ClaimUnknown)
		h.writePage(w, r, http.StatusNotFound, "claim", v)
		return
	}
	t := func(id string) string { return i18n.T(locale, id) }
	v.Working = t(i18n.ClaimWorking)
	v.Claim = &claimScriptData{
		Campaign: campaign, Lang: locale,
		Limit: t(i18n.ClaimLimit), SoldOut: t(i18n.ClaimSoldOut), Ended: t(i18n.ClaimEnded),
		Unknown: t(i18n.ClaimUnknown), Busy: t(i18n.ClaimBusy), Failed: t(i18n.ClaimFailed),
		NotNow: t(i18n.ClaimNotNow), Retry: t(i18n.ClaimRetry),
	}
	h.writePage(w, r, http.StatusOK, "claim", v)
}

// validCampaign reports whether id has the shape of a campaign id
// ([A-Za-z0-9_-]{1,64}); anything else is not asked for.
func validCampaign(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

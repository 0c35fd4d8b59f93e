package phone

import (
	"net/http"

	"storecast/app/i18n"
	"storecast/server/points"
)

// The member page's script, a file under /web.
const memberScript = "/web/member.js"

// memberView is the member page's data: the consent notice a shopper
// agrees to by joining, and every word web/member.js may say, in the
// phone's language.
type memberView struct {
	page
	Intro, Notice, Join, ShowCode, QRAlt, Balance               string
	Entries, Export, Delete, DeleteConfirm, DeleteYes, NoScript string
	Version                                                     int
	Working, Offline, NoEntries, Deleted, Lost, Busy, Failed    string
	KindEarn, KindSpend, KindExpire, KindReverse, Zone          string
}

// memberPage is a member's card on their own phone: a shopper joins there
// (no name, no number: the phone keeps the card the ledger gives it) and
// then shows their rotating member code as a QR code at the till or to a
// kiosk's scanner, sees their points and history, takes a copy of what is
// stored and may delete their membership. The script does all of it with
// the card from the phone's storage; the page itself holds nobody's data,
// so the worker may keep it for a visit without a network, when the
// script says the code cannot be shown rather than showing an old one.
func (h *Handler) memberPage(w http.ResponseWriter, r *http.Request) {
	locale := localeOf(r.URL)
	t := func(id string) string { return i18n.T(locale, id) }
	v := memberView{page: newPage(locale, t(i18n.MemberTitle), memberScript)}
	h.branded(r.Context(), &v.page)
	notice, err := points.Consent(locale)
	if err != nil {
		h.log.Error("phone: member page: no consent notice", "locale", locale)
		http.Error(w, "the membership notice could not be read", http.StatusInternalServerError)
		return
	}
	v.Notice, v.Version = notice.Text, notice.Version
	v.Intro, v.Join, v.ShowCode, v.QRAlt, v.Balance = t(i18n.MemberJoinIntro), t(i18n.MemberJoin), t(i18n.MemberShowCode), t(i18n.MemberQRAlt), t(i18n.MemberBalance)
	v.Entries, v.Export, v.Delete, v.DeleteConfirm, v.DeleteYes = t(i18n.MemberEntries), t(i18n.MemberExport), t(i18n.MemberDelete), t(i18n.MemberDeleteConfirm), t(i18n.MemberDeleteYes)
	v.NoScript, v.Working, v.Offline, v.NoEntries = t(i18n.MemberNoScript), t(i18n.MemberWorking), t(i18n.MemberOffline), t(i18n.MemberNoEntries)
	v.Deleted, v.Lost, v.Busy, v.Failed = t(i18n.MemberDeleted), t(i18n.MemberLost), t(i18n.MemberBusy), t(i18n.MemberFailed)
	v.KindEarn, v.KindSpend, v.KindExpire, v.KindReverse = t(i18n.MemberKindEarn), t(i18n.MemberKindSpend), t(i18n.MemberKindExpire), t(i18n.MemberKindReverse)
	v.Zone = h.zone.String()
	h.writePage(w, r, http.StatusOK, "member", v)
}

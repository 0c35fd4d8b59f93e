package api

import (
	"net/http"
	"regexp"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// chainInfo says what this server is in a chain, and in a member store
// whether head office is reachable.
func (h *Handler) chainInfo(w http.ResponseWriter, r *http.Request) {
	id, err := h.store.StoreID(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	info := rest.ChainInfo{Role: h.store.ChainRole().String(), StoreID: id}
	if h.uplink != nil && h.store.ChainRole() == store.Member {
		up := h.uplink()
		info.Uplink = &up
	}
	writeJSON(w, http.StatusOK, info)
}

// notHQ refuses head office's endpoints on a store; it reports whether it
// answered.
func (h *Handler) notHQ(w http.ResponseWriter) bool {
	if h.store.ChainRole() == store.HeadOffice {
		return false
	}
	writeError(w, http.StatusNotFound, "not_hq", "this server is not head office; stores of a chain are listed there")
	return true
}

// chainStores lists the chain's stores with their state.
func (h *Handler) chainStores(w http.ResponseWriter, r *http.Request) {
	if h.notHQ(w) {
		return
	}
	list, err := h.store.ChainStores(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	now := h.now()
	out := rest.ChainStoreList{Stores: make([]rest.ChainStore, len(list))}
	for i, s := range list {
		out.Stores[i] = rest.ChainStore{ID: s.ID, Name: s.Name, Region: s.Region, Version: s.Version,
			ScreensOnline: s.ScreensOnline, AppVersions: s.AppVersions, FirstSeen: s.FirstSeen, LastSeen: s.LastSeen,
			Connected: now.Sub(s.LastSeen) < h.stale}
	}
	writeJSON(w, http.StatusOK, out)
}

var dayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// chainReport sums the stores' reports by store, region or chain, per
// day, from and to two dates (inclusive; default: the last 30 days).
func (h *Handler) chainReport(w http.ResponseWriter, r *http.Request) {
	if h.notHQ(w) {
		return
	}
	q := r.URL.Query()
	by, from, to := q.Get("by"), q.Get("from"), q.Get("to")
	if by == "" {
		by = store.ByStore
	}
	// A store reports on its own date, which east of head office is
	// already tomorrow: the default days run to the latest date on
	// earth (UTC+14), from 30 days before the earliest (UTC-12).
	now := h.now().UTC()
	if from == "" {
		from = now.Add(-12*time.Hour).AddDate(0, 0, -30).Format(time.DateOnly)
	}
	if to == "" {
		to = now.Add(14 * time.Hour).Format(time.DateOnly)
	}
	switch {
	case by != store.ByStore && by != store.ByRegion && by != store.ByChain:
		writeFieldError(w, "by", "store, region or chain")
		return
	case !dayRE.MatchString(from) || !dayRE.MatchString(to):
		writeFieldError(w, "from", "dates are YYYY-MM-DD")
		return
	}
	rows, err := h.store.ChainReport(r.Context(), by, from, to)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	out := rest.ChainReport{By: by, Rows: make([]rest.ChainCount, len(rows))}
	for i, c := range rows {
		out.Rows[i] = rest.ChainCount{Day: c.Day, Key: c.Key, Plays: c.Plays, Claims: c.Claims,
			Redemptions: c.Redemptions, StaffCalls: c.StaffCalls}
	}
	writeJSON(w, http.StatusOK, out)
}

package api

import (
	"net/http"
	"strconv"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// addPlays takes a screen's batch of proof-of-play records. Records carry
// ids made by the screen, so a batch resent after a lost answer is stored
// once. Anyone can send one, so a batch is bounded (rest.MaxPlayBatch),
// paid for from its address's and its screen's budgets (play_budget.go),
// and only records naming content the store has are stored: the others
// are dropped and counted in the answer.
func (h *Handler) addPlays(w http.ResponseWriter, r *http.Request) {
	var in rest.PlayBatch
	if !readJSONLimit(w, r, &in, 256<<10) {
		return
	}
	device, ok := h.claimDevice(w, r, in.Install)
	if !ok {
		return
	}
	if len(in.Plays) > rest.MaxPlayBatch {
		writeFieldError(w, "plays", "at most "+itoa(rest.MaxPlayBatch)+" records a batch")
		return
	}
	now := h.now()
	plays := make([]store.Play, len(in.Plays))
	for i, p := range in.Plays {
		if p.ID == "" || len(p.ID) > 64 || p.Ms < 0 || p.Ms > 24*3600*1000 || p.StartedAt.After(now.Add(time.Hour)) ||
			content.CheckTime("started_at", p.StartedAt) != nil || len(p.Playlist) > 64 || len(p.Slide) > 64 ||
			len(p.Kind) > 16 || len(p.Ref) > 64 || content.CheckString("error", p.Error, 200, false) != nil {
			writeFieldError(w, "plays["+itoa(i)+"]", "a record is malformed or out of range")
			return
		}
		plays[i] = playOf(p, device)
	}
	if ok, wait := h.plays.take(clientAddr(r), device, len(plays), now); !ok {
		w.Header().Set("Retry-After", itoa(int(wait.Seconds())+1))
		writeError(w, http.StatusTooManyRequests, "throttled", "too many proof-of-play records from this screen or address; send them later")
		return
	}
	known, err := h.store.KnownPlays(r.Context(), plays)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	n, err := h.store.AddPlays(r.Context(), known)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.PlaysStored{Received: len(in.Plays), Stored: n, Dropped: len(plays) - len(known)})
}

// playReport counts plays per day, screen and slide; ?format=csv for a
// spreadsheet.
func (h *Handler) playReport(w http.ResponseWriter, r *http.Request) {
	info, err := h.store.StoreInfo(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	loc, err := time.LoadLocation(info.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	day := func(name string, def time.Time) (time.Time, bool) {
		s := r.URL.Query().Get(name)
		if s == "" {
			return def, true
		}
		t, err := time.ParseInLocation(time.DateOnly, s, loc)
		if err != nil {
			writeFieldError(w, name, "a date as YYYY-MM-DD")
			return time.Time{}, false
		}
		return t, true
	}
	today := time.Date(h.now().In(loc).Year(), h.now().In(loc).Month(), h.now().In(loc).Day(), 0, 0, 0, 0, loc)
	from, ok := day("from", today.AddDate(0, 0, -6))
	if !ok {
		return
	}
	to, ok := day("to", today)
	if !ok {
		return
	}
	rows, err := h.store.PlayReport(r.Context(), from, to.AddDate(0, 0, 1), loc)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if r.URL.Query().Get("format") != "csv" {
		writeJSON(w, http.StatusOK, rest.PlayReport{Plays: bodies(rows, playRowBody)})
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="plays.csv"`)
	cw := newCSVWriter(w)
	cw.Write([]string{"day", "screen", "kind", "ref", "slide", "plays", "seconds", "errors"})
	for _, c := range rows {
		cw.Write([]string{c.Day, c.Screen, c.Kind, c.Ref, c.Slide, strconv.Itoa(c.Plays), strconv.FormatInt(c.Seconds, 10), strconv.Itoa(c.Errors)})
	}
	_ = cw.Flush() // the status is sent: a failed write is a client gone away
}

// playOf is a screen's record as stored: the screen is the one that sent
// it, whatever the record says.
func playOf(p rest.Play, screen string) store.Play {
	return store.Play{
		ID: p.ID, Screen: screen, Playlist: p.Playlist, Slide: p.Slide, Kind: p.Kind, Ref: p.Ref,
		StartedAt: p.StartedAt, Ms: p.Ms, Error: p.Error,
	}
}

func playRowBody(c store.PlayCount) rest.PlayRow {
	return rest.PlayRow{
		Day: c.Day, Screen: c.Screen, Kind: c.Kind, Ref: c.Ref, Slide: c.Slide,
		Plays: c.Plays, Seconds: c.Seconds, Errors: c.Errors,
	}
}

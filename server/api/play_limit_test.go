package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// playlistWithSlides creates a playlist of clock slides s1…sn and returns
// its id.
func (e *env) playlistWithSlides(t *testing.T, n int) string {
	t.Helper()
	var slides []string
	for i := 1; i <= n; i++ {
		slides = append(slides, fmt.Sprintf(`{"id":"s%d","kind":"clock","seconds":5}`, i))
	}
	code, b := e.do(t, "POST", "/api/v1/playlists", `{"name":"Proof","slides":[`+strings.Join(slides, ",")+`]}`)
	if code != http.StatusCreated {
		t.Fatalf("create playlist = %d %s", code, b)
	}
	var p content.Playlist
	json.Unmarshal([]byte(b), &p)
	return p.ID
}

// playBatch is n records of real content with ids unique to seq.
func playBatch(inst, playlist string, seq, n int, at time.Time) string {
	recs := make([]rest.Play, n)
	for i := range recs {
		recs[i] = rest.Play{ID: fmt.Sprintf("b%d-r%d", seq, i), Playlist: playlist, Slide: "s1", Kind: content.SlideClock, StartedAt: at, Ms: 5000}
	}
	b, _ := json.Marshal(rest.PlayBatch{Install: inst, Plays: recs})
	return string(b)
}

// storedPlays counts every play the report holds for the day of at.
func (e *env) storedPlays(t *testing.T, at time.Time) int {
	t.Helper()
	rows, err := e.store.PlayReport(context.Background(), at.Add(-24*time.Hour), at.Add(24*time.Hour), time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		n += r.Plays + r.Errors
	}
	return n
}

// The outside tester's attack: one address sends batch after batch of
// plausible records, each batch from a new install id so no per-screen
// limit applies. The clock stands still, so what is stored is the
// address's budget, whatever the machine's speed.
func TestPlaysFromOneAddressAreBounded(t *testing.T) {
	e := newEnv(t)
	now := time.Now().UTC().Truncate(time.Second)
	e.api.now = func() time.Time { return now }
	playlist := e.playlistWithSlides(t, 1)
	const batches, per = 40, 500
	counts := map[int]int{}
	for i := range batches {
		inst := fmt.Sprintf("attacker-install-%06d", i)
		req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/plays", strings.NewReader(playBatch(inst, playlist, i, per, now.Add(-time.Minute))))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		counts[res.StatusCode]++
		if res.StatusCode == http.StatusTooManyRequests && res.Header.Get("Retry-After") == "" {
			t.Errorf("batch %d: 429 without Retry-After", i)
		}
	}
	rows := e.storedPlays(t, now)
	t.Logf("%d batches of %d records from one address: %d rows stored; answers %v", batches, per, rows, counts)
	if rows > 10_000 {
		t.Errorf("one address stored %d rows with the clock stopped; want at most its budget of 10000", rows)
	}
	if counts[http.StatusTooManyRequests] == 0 {
		t.Errorf("no batch was refused (answers %v); want 429 once the address's budget is spent", counts)
	}
}

// One screen, however it is known, has a budget of its own: a full
// offline buffer drains at once, a flood does not.
func TestPlaysFromOneScreenAreBounded(t *testing.T) {
	e := newEnv(t)
	now := time.Now().UTC().Truncate(time.Second)
	e.api.now = func() time.Time { return now }
	playlist := e.playlistWithSlides(t, 1)
	var codes []int
	for i := range 14 {
		code, _ := e.do(t, "POST", "/api/v1/plays", playBatch(install, playlist, i, 500, now.Add(-time.Minute)), "")
		codes = append(codes, code)
	}
	rows := e.storedPlays(t, now)
	t.Logf("14 batches of 500 from one screen: %d rows stored; answers %v", rows, codes)
	if rows != 5000 {
		t.Errorf("one screen stored %d rows with the clock stopped; want its budget, 5000 (a full offline buffer)", rows)
	}
	// The budget refills with time: a screen that waits is heard again.
	now = now.Add(10 * time.Minute)
	if code, b := e.do(t, "POST", "/api/v1/plays", playBatch(install, playlist, 99, 100, now.Add(-time.Minute)), ""); code != http.StatusOK {
		t.Errorf("a batch 10 minutes later = %d %s; want 200", code, b)
	}
}

// Records must name what the store has: a playlist and one of its slides,
// a promotion or a campaign, a kind of slide. Others are dropped and
// counted, not stored, and the batch is still answered 200 so the screen
// does not send them again.
func TestPlaysOfUnknownContentAreDropped(t *testing.T) {
	e := newEnv(t)
	playlist := e.playlistWithSlides(t, 2)
	promo := e.call(t, http.StatusCreated, "POST", "/api/v1/promotions", validBody)
	var p content.Promotion
	json.Unmarshal([]byte(promo), &p)
	campaign := e.campaign(t, 5, 1)
	at := time.Now().Add(-time.Minute).UTC()
	recs := []struct {
		play  rest.Play
		known bool
	}{
		{rest.Play{Playlist: playlist, Slide: "s1", Kind: content.SlideClock}, true},
		{rest.Play{Playlist: playlist, Slide: "s2", Kind: content.SlideClock, Error: "failed to load"}, true},
		{rest.Play{Kind: content.SlidePromotion, Ref: p.ID}, true}, // the fallback's promotion
		{rest.Play{Playlist: playlist, Slide: "s1", Kind: content.SlideCoupon, Ref: campaign}, true},
		{rest.Play{Playlist: "nope", Slide: "s1", Kind: content.SlideClock}, false},
		{rest.Play{Playlist: playlist, Slide: "s9", Kind: content.SlideClock}, false},
		{rest.Play{Slide: "s1", Kind: content.SlideClock}, false}, // a slide of no playlist
		{rest.Play{Kind: content.SlidePromotion, Ref: "nope"}, false},
		{rest.Play{Playlist: playlist, Slide: "s1", Kind: "=HYPERLINK(1)"}, false},
		{rest.Play{Playlist: playlist, Slide: "=HYPERLINK(\"x\")", Kind: content.SlideClock}, false},
	}
	var batch rest.PlayBatch
	batch.Install = install
	want := rest.PlaysStored{Received: len(recs)}
	for i, r := range recs {
		r.play.ID, r.play.StartedAt, r.play.Ms = fmt.Sprintf("r%d", i), at, 1000
		batch.Plays = append(batch.Plays, r.play)
		if r.known {
			want.Stored++
		} else {
			want.Dropped++
		}
	}
	body, _ := json.Marshal(batch)
	var got rest.PlaysStored
	if err := json.Unmarshal([]byte(e.call(t, http.StatusOK, "POST", "/api/v1/plays", string(body), "")), &got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("answer = %+v; want %+v", got, want)
	}
	if n := e.storedPlays(t, at); n != want.Stored {
		t.Errorf("%d plays stored; want %d", n, want.Stored)
	}
	// Sent again (its answer lost): nothing new, the unknown dropped again.
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "POST", "/api/v1/plays", string(body), "")), &got)
	if got.Stored != 0 || got.Dropped != want.Dropped {
		t.Errorf("the batch again = %+v; want 0 stored, %d dropped", got, want.Dropped)
	}
	over := playBatch(install, playlist, 7, rest.MaxPlayBatch+1, at)
	if code, b := e.do(t, "POST", "/api/v1/plays", over, ""); code != http.StatusUnprocessableEntity || !strings.Contains(b, `"field":"plays"`) {
		t.Errorf("a batch of %d = %d %s; want 422 on plays", rest.MaxPlayBatch+1, code, b)
	}
}

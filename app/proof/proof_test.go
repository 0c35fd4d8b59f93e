package proof

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"testing/synctest"
	"time"

	"storecast/app/rest"
)

// memory is a Storage in memory.
type memory struct{ data []byte }

func (m *memory) Load() []byte        { return m.data }
func (m *memory) Save(b []byte) error { m.data = append([]byte(nil), b...); return nil }

func record(i int, start time.Time) rest.Play {
	return rest.Play{ID: fmt.Sprintf("r%04d", i), Playlist: "p", Slide: "s", Kind: "image", StartedAt: start.Add(time.Duration(i) * 8 * time.Second), Ms: 8000}
}

var t0 = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

func TestBufferBoundedAndDeduplicated(t *testing.T) {
	st := &memory{}
	b := NewBuffer(st, 10)
	for i := range 15 {
		b.Add(record(i, t0))
	}
	b.Add(record(14, t0)) // again: ignored
	if b.Len() != 10 || b.Dropped() != 5 {
		t.Fatalf("Len = %d, Dropped = %d; want 10 and 5", b.Len(), b.Dropped())
	}
	if got := b.Batch(3); got[0].ID != "r0005" || got[2].ID != "r0007" {
		t.Fatalf("oldest = %s..%s; want r0005..r0007 (the oldest dropped first)", got[0].ID, got[2].ID)
	}
	// Survives a reload.
	again := NewBuffer(st, 10)
	if again.Len() != 10 || again.Batch(1)[0].ID != "r0005" {
		t.Fatalf("after a reload Len = %d; want the same 10 records", again.Len())
	}
	// A smaller bound on reload keeps the newest.
	if small := NewBuffer(st, 4); small.Len() != 4 || small.Batch(1)[0].ID != "r0011" {
		t.Fatalf("reloaded with bound 4: %+v", small.Batch(4))
	}
	// A damaged buffer starts empty rather than failing.
	if b := NewBuffer(&memory{data: []byte("{not json")}, 10); b.Len() != 0 {
		t.Fatalf("damaged storage gave %d records", b.Len())
	}
}

// fakeServer answers uploads as told and stores records by id, as the real
// one does.
type fakeServer struct {
	answers []int // statuses for the next sends; -1: no answer (offline); after the last, 200
	stored  map[string]int
	sends   int
}

func (f *fakeServer) send(_ context.Context, batch []rest.Play) (int, []byte, error) {
	f.sends++
	status := http.StatusOK
	if len(f.answers) > 0 {
		status, f.answers = f.answers[0], f.answers[1:]
	}
	if status == -1 {
		return 0, nil, errors.New("offline")
	}
	ans := rest.PlaysStored{Received: len(batch)}
	if status == http.StatusOK || status == -2 { // -2: stored, but the answer was lost
		for _, r := range batch {
			if r.Playlist == "deleted" {
				ans.Dropped++
				continue
			}
			if f.stored[r.ID] == 0 {
				ans.Stored++
			}
			f.stored[r.ID]++
		}
	}
	if status == -2 {
		return 0, nil, errors.New("answer lost")
	}
	body, _ := json.Marshal(ans)
	return status, body, nil
}

func TestUploaderRemovesOnlyAcknowledged(t *testing.T) {
	srv := &fakeServer{stored: map[string]int{}, answers: []int{-1, http.StatusServiceUnavailable, -2}}
	b := NewBuffer(&memory{}, 0)
	u := &Uploader{Buffer: b, Send: srv.send}
	for i := range 1200 {
		b.Add(record(i, t0))
	}
	ctx := context.Background()
	for i, want := range []int{1200, 1200, 1200} { // offline, 503, answer lost
		if err := u.Flush(ctx); err == nil {
			t.Fatalf("flush %d succeeded; want an error", i)
		}
		if b.Len() != want {
			t.Fatalf("after failed flush %d the buffer holds %d; want %d", i, b.Len(), want)
		}
	}
	b.Add(record(1200, t0)) // played meanwhile
	if err := u.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 {
		t.Fatalf("after a good flush %d records wait", b.Len())
	}
	if len(srv.stored) != 1201 {
		t.Fatalf("server has %d distinct records; want 1201", len(srv.stored))
	}
	// Batches of at most MaxBatch: 1201 records in 3 good sends, after 3 failed ones.
	if srv.sends != 6 {
		t.Fatalf("sends = %d; want 6", srv.sends)
	}
}

func TestUploaderDropsWhatTheServerRefuses(t *testing.T) {
	srv := &fakeServer{stored: map[string]int{}, answers: []int{http.StatusUnprocessableEntity}}
	b := NewBuffer(&memory{}, 0)
	u := &Uploader{Buffer: b, Send: srv.send}
	b.Add(record(1, t0))
	if err := u.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 || u.Rejected != 1 {
		t.Fatalf("Len = %d, Rejected = %d; want a refused record dropped, not retried forever", b.Len(), u.Rejected)
	}
}

// A 429 (the screen over its budget) keeps the batch for the next turn;
// records the server dropped as naming deleted content are counted and
// not sent again.
func TestUploaderWaitsWhenThrottledAndCountsDropped(t *testing.T) {
	srv := &fakeServer{stored: map[string]int{}, answers: []int{http.StatusTooManyRequests}}
	b := NewBuffer(&memory{}, 0)
	u := &Uploader{Buffer: b, Send: srv.send}
	b.Add(record(1, t0))
	gone := record(2, t0)
	gone.Playlist = "deleted"
	b.Add(gone)
	if err := u.Flush(context.Background()); err == nil || b.Len() != 2 {
		t.Fatalf("throttled flush = %v with %d records left; want an error and both kept", err, b.Len())
	}
	if err := u.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 || u.Dropped != 1 || u.Rejected != 0 || len(srv.stored) != 1 {
		t.Fatalf("Len = %d, Dropped = %d, Rejected = %d, stored %d; want 0, 1, 0, 1", b.Len(), u.Dropped, u.Rejected, len(srv.stored))
	}
}

// Run uploads at once, then on a kick, then every turn of its timer: in a
// synctest bubble, where the hour between turns passes at once.
func TestUploaderRunsOnKickAndOnTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := &fakeServer{stored: map[string]int{}}
		b := NewBuffer(&memory{}, 0)
		u := &Uploader{Buffer: b, Send: srv.send}
		ctx, cancel := context.WithCancel(t.Context())
		kick := make(chan struct{})
		done := make(chan struct{})
		go func() { u.Run(ctx, time.Hour, kick); close(done) }()
		synctest.Wait() // the first flush is done: Run waits for a kick or the hour
		if srv.sends != 0 {
			t.Fatalf("sends = %d with nothing recorded; want none", srv.sends)
		}
		b.Add(record(1, t0))
		kick <- struct{}{}
		synctest.Wait()
		if b.Len() != 0 || srv.stored["r0001"] != 1 {
			t.Fatalf("after a kick %d records wait, server has %v; want r0001 uploaded", b.Len(), srv.stored)
		}
		b.Add(record(2, t0))
		time.Sleep(time.Hour - time.Nanosecond)
		synctest.Wait()
		if b.Len() != 1 {
			t.Fatalf("%d records wait a moment before the hour; want the one", b.Len())
		}
		time.Sleep(time.Nanosecond)
		synctest.Wait()
		if b.Len() != 0 || srv.stored["r0002"] != 1 {
			t.Fatalf("after the hour %d records wait, server has %v; want r0002 uploaded", b.Len(), srv.stored)
		}
		cancel()
		<-done
	})
}

func TestNewIDIsRandom(t *testing.T) {
	if NewID() == NewID() || len(NewID()) != 22 {
		t.Fatal("record ids are not random 22-character strings")
	}
}

package hub

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// records is a slog.Handler that keeps what it is given.
type records struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (r *records) Enabled(context.Context, slog.Level) bool { return true }
func (r *records) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.recs = append(r.recs, rec.Clone())
	return nil
}
func (r *records) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *records) WithGroup(string) slog.Handler      { return r }

func (r *records) attrs(i int) map[string]int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int64{}
	r.recs[i].Attrs(func(a slog.Attr) bool {
		if a.Value.Kind() == slog.KindInt64 {
			out[a.Key] = a.Value.Int64()
		}
		return true
	})
	return out
}

func TestConnLogWritesOneLinePerIntervalNotPerScreen(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := &records{}
		l := newConnLog(slog.New(rec), 10*time.Second)
		for i := range 1000 {
			l.joined(i%4 != 0) // 750 resumed, 250 snapshots
		}
		l.parkedScreen()
		for range 10 {
			l.gone(true, false)
		}
		l.gone(true, true)
		time.Sleep(10 * time.Second)
		synctest.Wait()
		if len(rec.recs) != 1 {
			t.Fatalf("%d log lines for 1,012 connects and disconnects; want 1", len(rec.recs))
		}
		got := rec.attrs(0)
		want := map[string]int64{"following": 989, "resumed": 750, "snapshots": 250, "parked": 1, "left": 11, "too_slow": 1}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s = %d; want %d", k, got[k], v)
			}
		}
		if rec.recs[0].Level != slog.LevelWarn {
			t.Errorf("level = %v; want WARN when screens were too slow", rec.recs[0].Level)
		}

		time.Sleep(time.Minute)
		synctest.Wait()
		if len(rec.recs) != 1 {
			t.Errorf("%d lines after a quiet minute; want no new one", len(rec.recs))
		}
		l.gone(true, false)
		time.Sleep(10 * time.Second)
		synctest.Wait()
		if len(rec.recs) != 2 || rec.attrs(1)["following"] != 988 || rec.recs[1].Level != slog.LevelInfo {
			t.Errorf("after one more disconnect: %d lines, last %v; want 2, following 988 at INFO", len(rec.recs), rec.attrs(len(rec.recs)-1))
		}
	})
}

func TestConnLogCloseWritesWhatIsPendingAndNothingAfter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := &records{}
		l := newConnLog(slog.New(rec), 10*time.Second)
		l.joined(false)
		l.close()
		if len(rec.recs) != 1 || rec.attrs(0)["snapshots"] != 1 {
			t.Fatalf("close wrote %d lines; want the pending summary", len(rec.recs))
		}
		l.gone(true, false) // a connection ending after the hub stopped
		time.Sleep(time.Minute)
		synctest.Wait()
		if len(rec.recs) != 1 {
			t.Errorf("%d lines after close; want none more", len(rec.recs))
		}
	})
}

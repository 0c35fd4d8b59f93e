package catalogue

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"
)

// TestRunParityDaysCountsAtOnce counts today as soon as it starts, so a
// day without imports is not a gap, and stops when ctx ends.
func TestRunParityDaysCountsAtOnce(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() {
		defer close(done)
		RunParityDays(ctx, st, time.Hour, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ds, err := st.ParityHistory(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		if m := ds[0].Mismatches; m != nil {
			if *m != 0 {
				t.Errorf("today = %d mismatches; want 0", *m)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("today was not counted within 10 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
}

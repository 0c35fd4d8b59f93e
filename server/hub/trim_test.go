package hub

import (
	"testing"
	"time"
)

func TestTrimmerFreesOnceAfterABurst(t *testing.T) {
	freed := make(chan struct{}, 10)
	tr := newTrimmer(3, time.Millisecond, func() { freed <- struct{}{} })
	for range 3 {
		tr.note()
	}
	select {
	case <-freed:
	case <-time.After(5 * time.Second):
		t.Fatal("no trim after a burst of 3")
	}
	tr.note() // one more is no burst: the count started again
	tr.mu.Lock()
	n := tr.n
	tr.mu.Unlock()
	if n != 1 {
		t.Fatalf("count after a trim and one event = %d; want 1", n)
	}
}

package api

import (
	"fmt"
	"testing"
	"time"
)

func TestPlayBudget(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	b := newPlayBudget()
	steps := []struct {
		name         string
		addr, screen string
		n            int
		at           time.Duration
		ok           bool
		wait         time.Duration
	}{
		{"a full buffer at once", "a", "s1", screenPlayBurst, 0, true, 0},
		{"the screen is spent", "a", "s1", 1, 0, false, time.Second},
		{"another screen of the address", "a", "s2", screenPlayBurst, 0, true, 0},
		{"the address is spent", "a", "s3", 10, 0, false, 2 * time.Second},
		{"another address", "b", "s4", 10, 0, true, 0},
		{"an empty batch costs one", "b", "s4", 0, 0, true, 0},
		{"the screen refilled a second's worth", "a", "s1", 1, time.Second, true, 0},
		{"not two", "a", "s1", 2, time.Second, false, 2 * time.Second},
		{"more than a bucket holds", "c", "s5", screenPlayBurst + 1, 0, false, 24 * time.Hour},
		{"a refused batch spends nothing", "c", "s5", screenPlayBurst, 0, true, 0},
	}
	for _, st := range steps {
		ok, wait := b.take(st.addr, st.screen, st.n, t0.Add(st.at))
		if ok != st.ok || wait != st.wait {
			t.Errorf("%s: take(%s, %s, %d) = %v, %v; want %v, %v", st.name, st.addr, st.screen, st.n, ok, wait, st.ok, st.wait)
		}
	}
}

func TestPlayBudgetMemoryIsBounded(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	b := newPlayBudget()
	for i := range maxPlayBuckets + 10 {
		b.take("a", fmt.Sprintf("screen-%d", i), 0, t0)
	}
	if n := len(b.screens); n > maxPlayBuckets {
		t.Errorf("%d screen buckets after a spray; want at most %d", n, maxPlayBuckets)
	}
}

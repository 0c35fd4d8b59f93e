package watchdog

import (
	"testing"
	"time"
)

func TestBackoffNext(t *testing.T) {
	b := Backoff{Min: time.Second, Max: 10 * time.Second, StableAfter: time.Minute}
	tests := []struct {
		name         string
		last, ranFor time.Duration
		want         time.Duration
	}{
		{"first restart", 0, time.Second, time.Second},
		{"crash loop doubles", time.Second, time.Second, 2 * time.Second},
		{"again", 4 * time.Second, 0, 8 * time.Second},
		{"capped", 8 * time.Second, 0, 10 * time.Second},
		{"stays capped", 10 * time.Second, 0, 10 * time.Second},
		{"a long run resets", 10 * time.Second, time.Hour, time.Second},
		{"exactly stable resets", 10 * time.Second, time.Minute, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := b.next(tt.last, tt.ranFor); got != tt.want {
				t.Errorf("next(%v, %v) = %v; want %v", tt.last, tt.ranFor, got, tt.want)
			}
		})
	}
}

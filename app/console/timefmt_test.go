package console

import (
	"testing"
	"time"
)

func TestAgo(t *testing.T) {
	now := time.Date(2026, 11, 27, 7, 0, 0, 0, time.Local)
	tests := []struct {
		d    time.Duration
		want string
	}{
		{10 * time.Second, "just now"},
		{5 * time.Minute, "5 min ago"},
		{3*time.Hour + 10*time.Minute, "3 h ago"},
		{49 * time.Hour, "06:00 Wednesday, 25 November"},
	}
	for _, tt := range tests {
		if got := Ago("en", now.Add(-tt.d), now); got != tt.want {
			t.Errorf("Ago(-%v) = %q; want %q", tt.d, got, tt.want)
		}
	}
}

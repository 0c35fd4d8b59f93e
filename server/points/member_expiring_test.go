package points

import (
	"context"
	"testing"
	"time"
)

// A member's Expiring counts the lots due within rest.ExpiringDays, and
// not those due later or already due.
func TestMemberExpiring(t *testing.T) {
	l, _, clk := newLedger(t)
	m := join(t, l, "")
	earn(t, l, m, "old", 5000) // 50 points, expiring in 365 days
	clk.Add(100 * 24 * time.Hour)
	earn(t, l, m, "new", 3000) // 30 points, expiring 100 days after "old"
	if _, err := spendPoints(l, code(t, l, m), "s1", 10); err != nil {
		t.Fatal(err) // from "old": 40 left in it
	}
	tests := []struct {
		days          int
		balance, want int64
	}{
		{0, 70, 0},    // day 100: both lots are far off
		{240, 70, 40}, // day 340: "old" expires within 30 days
		{30, 30, 0},   // day 370: "old" expired; "new" is due at day 465
		{70, 30, 30},  // day 440: "new" within 30 days
		{30, 0, 0},    // day 470: nothing left
	}
	for _, tt := range tests {
		clk.Add(time.Duration(tt.days) * 24 * time.Hour)
		got, err := l.Member(context.Background(), code(t, l, m))
		if err != nil {
			t.Fatal(err)
		}
		if got.Balance != tt.balance || got.Expiring != tt.want {
			t.Errorf("after %d more days: balance %d, expiring %d; want %d, %d",
				tt.days, got.Balance, got.Expiring, tt.balance, tt.want)
		}
	}
}

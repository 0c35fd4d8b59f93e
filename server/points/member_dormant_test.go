package points

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A membership with no points and nothing for longer than the retention
// goes; one with points, or with a recent entry, stays; what went is
// kept in the store's totals only, and the ledger still verifies.
func TestDormantMembershipsAreDeleted(t *testing.T) {
	ctx := context.Background()
	l, st, clk := newLedger(t)
	const after = 400 * 24 * time.Hour

	never := join(t, l, "13800000001")  // joined, never earned
	spent := join(t, l, "13800000002")  // earned, spent it all
	holder := join(t, l, "13800000003") // still holds points
	p := earn(t, l, spent, "r1", 10000)
	if _, err := spendPoints(l, code(t, l, spent), "s1", p.Entry.Points); err != nil {
		t.Fatal(err)
	}
	earn(t, l, holder, "r2", 10000)

	clk.Add(after - time.Hour)
	recent := join(t, l, "13800000004") // joined within the retention
	if n, err := l.RetireDormant(ctx, after); err != nil || n != 0 {
		t.Fatalf("before the retention is up: %d deleted, %v; want 0", n, err)
	}
	clk.Add(2 * time.Hour)
	// Points earn with a 365-day expiry by default: the holder's have
	// expired by now, unless the job has not run; expire them first, as
	// the hourly job does.
	if _, err := l.Expire(ctx); err != nil {
		t.Fatal(err)
	}
	n, err := l.RetireDormant(ctx, after)
	if err != nil {
		t.Fatal(err)
	}
	// The holder's expiry is an entry of now: they are not dormant yet.
	if n != 2 {
		t.Errorf("deleted %d memberships; want 2 (never earned, spent all)", n)
	}
	for name, m := range map[string]struct {
		code string
		gone bool
	}{
		"never earned": {code(t, l, never), true}, "spent all": {code(t, l, spent), true},
		"points expired just now": {code(t, l, holder), false}, "joined recently": {code(t, l, recent), false},
	} {
		_, err := l.Member(ctx, m.code)
		if gone := errors.Is(err, ErrNoMember); gone != m.gone {
			t.Errorf("%s: gone %v (%v); want %v", name, gone, err, m.gone)
		}
	}
	if n, err := l.RetireDormant(ctx, 0); err != nil || n != 0 {
		t.Errorf("with retention 0: %d deleted, %v; want none (never)", n, err)
	}
	verified(t, st)
}

package points

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// Lots expire on their day, by the job or before a spend, and spends take
// from the lot that expires first.
func TestExpiryOldestLotsFirst(t *testing.T) {
	l, st, clk := newLedger(t)
	ctx := context.Background()
	m := join(t, l, "+44 7700 900123")
	earn(t, l, m, "old", 5000) // 50 points, expiring in 365 days
	clk.Add(100 * 24 * time.Hour)
	earn(t, l, m, "new", 3000) // 30 points, 100 days later
	if _, err := spendPoints(l, code(t, l, m), "s1", 60); err != nil {
		t.Fatal(err) // all of "old", 10 of "new"
	}
	clk.Add(300 * 24 * time.Hour) // "old" is past its day; "new" is not
	if n, err := l.Expire(ctx); err != nil || n != 0 {
		t.Errorf("Expire = %d, %v; want 0 members (the old lot is spent)", n, err)
	}
	if got := balanceOf(t, l, m); got != 20 {
		t.Errorf("balance = %d; want 20", got)
	}
	clk.Add(70 * 24 * time.Hour) // "new" is due
	if got := balanceOf(t, l, m); got != 0 {
		t.Errorf("balance of due points before the job = %d; want 0", got)
	}
	if _, err := spendPoints(l, code(t, l, m), "s2", 1); !errors.Is(err, ErrInsufficient) {
		t.Errorf("spending due points: %v; want ErrInsufficient", err)
	}
	// The refused spend's expiry was rolled back with it: the job's turn.
	if n, err := l.Expire(ctx); err != nil || n != 1 {
		t.Errorf("Expire = %d, %v; want 1 member", n, err)
	}
	h, err := l.History(ctx, code(t, l, m), 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if k := h.Entries[0]; k.Kind != rest.PointsExpire || k.Points != -20 {
		t.Errorf("newest entry = %s %d; want expire -20", k.Kind, k.Points)
	}
	verified(t, st)
}

// The job expires every member's due lots, in batches.
func TestExpiryJob(t *testing.T) {
	l, st, clk := newLedger(t)
	ms := make([]rest.PointsMember, expireBatch+5)
	for i := range ms {
		ms[i] = join(t, l, "")
		earn(t, l, ms[i], fmt.Sprint("r", i), 1000)
	}
	clk.Add(366 * 24 * time.Hour)
	n, err := l.Expire(context.Background())
	if err != nil || n != len(ms) {
		t.Fatalf("Expire = %d, %v; want %d", n, err, len(ms))
	}
	if got := balanceOf(t, l, ms[len(ms)-1]); got != 0 {
		t.Errorf("balance = %d; want 0", got)
	}
	verified(t, st)
}

// Reversals are new entries: a reversed spend gives its lots back, a
// reversed earn takes its points back, and nothing is reversed twice.
func TestReversal(t *testing.T) {
	l, st, _ := newLedger(t)
	ctx := context.Background()
	m := join(t, l, "13900139000")
	earn(t, l, m, "e1", 10000)
	if _, err := spendPoints(l, code(t, l, m), "s1", 70); err != nil {
		t.Fatal(err)
	}
	rev := func(kind, receipt, id string) (rest.PointsPosted, error) {
		return l.Reverse(ctx, "pos-1", rest.PointsReverseInput{Kind: kind, ReceiptID: receipt, ReversalID: id})
	}
	p, err := rev(rest.PointsSpend, "s1", "refund-1")
	if err != nil || p.Balance != 100 || p.Entry.Points != 70 || p.Entry.Kind != rest.PointsReverse {
		t.Fatalf("reverse spend = %+v, %v; want +70, balance 100", p, err)
	}
	if p, err := rev(rest.PointsSpend, "s1", "refund-1"); err != nil || !p.Replayed {
		t.Errorf("the same reversal again = %+v, %v; want a replay", p, err)
	}
	if _, err := rev(rest.PointsSpend, "s1", "refund-2"); !errors.Is(err, ErrReversed) {
		t.Errorf("a second reversal of s1: %v; want ErrReversed", err)
	}
	if _, err := rev(rest.PointsSpend, "nope", "refund-3"); !errors.Is(err, ErrNoEntry) {
		t.Errorf("reversing an unknown receipt: %v; want ErrNoEntry", err)
	}
	if _, err := spendPoints(l, code(t, l, m), "s2", 50); err != nil {
		t.Fatal(err)
	}
	if _, err := rev(rest.PointsEarn, "e1", "refund-4"); !errors.Is(err, ErrInsufficient) {
		t.Errorf("reversing an earn partly spent: %v; want ErrInsufficient", err)
	}
	if _, err := rev(rest.PointsSpend, "s2", "refund-5"); err != nil {
		t.Fatal(err)
	}
	if p, err := rev(rest.PointsEarn, "e1", "refund-6"); err != nil || p.Balance != 0 || p.Entry.Points != -100 {
		t.Errorf("reverse earn = %+v, %v; want -100, balance 0", p, err)
	}
	x, err := l.Export(ctx, code(t, l, m))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Entries) != 6 {
		t.Errorf("%d entries; want 6 (2 earns/spends reversed, nothing edited)", len(x.Entries))
	}
	verified(t, st)
}

// Deleting a membership removes the member and their entries, and keeps
// what the entries summed to.
func TestDeleteKeepsTotalsAndRemovesTheID(t *testing.T) {
	l, st, _ := newLedger(t)
	ctx := context.Background()
	m := join(t, l, "13700137000")
	other := join(t, l, "")
	earn(t, l, m, "e1", 10000)
	earn(t, l, other, "e2", 500)
	if _, err := spendPoints(l, code(t, l, m), "s1", 30); err != nil {
		t.Fatal(err)
	}
	c := code(t, l, m)
	if err := l.Delete(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Member(ctx, c); !errors.Is(err, ErrNoMember) {
		t.Errorf("the deleted member's code: %v; want ErrNoMember", err)
	}
	count := func(q string, args ...any) (n int64) {
		t.Helper()
		err := st.Record(ctx, func(tx *store.Tx) error { return tx.QueryRowContext(ctx, q, args...).Scan(&n) })
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(`SELECT count(*) FROM point_members WHERE id = ?`, m.ID) + count(`SELECT count(*) FROM point_entries WHERE member_id = ?`, m.ID); n != 0 {
		t.Errorf("%d rows still hold the deleted member's id", n)
	}
	if n := count(`SELECT points FROM point_retired WHERE kind = 'earn'`); n != 100 {
		t.Errorf("retired earns = %d; want 100", n)
	}
	if n := count(`SELECT points FROM point_retired WHERE kind = 'spend'`); n != -30 {
		t.Errorf("retired spends = %d; want -30", n)
	}
	if got := balanceOf(t, l, other); got != 5 {
		t.Errorf("the other member's balance = %d; want 5", got)
	}
	log, err := st.AuditLog(ctx, 0, 5)
	if err != nil || len(log) == 0 || log[0].Action != "points.member.delete" {
		t.Fatalf("audit log = %+v, %v; want the deletion", log, err)
	}
	if log[0].Target == m.ID || log[0].Detail == m.ID {
		t.Errorf("the audit entry names the member: %+v", log[0])
	}
	// Joining again is a new membership, with nothing of the old one.
	again := join(t, l, "13700137000")
	if again.ID != m.ID || again.Balance != 0 {
		t.Errorf("rejoined = %+v; want the same id, balance 0", again)
	}
	verified(t, st)
}

// Verify reports a balance that disagrees with its entries.
func TestVerifyFindsMismatches(t *testing.T) {
	l, st, _ := newLedger(t)
	ctx := context.Background()
	m := join(t, l, "")
	earn(t, l, m, "e1", 1000)
	verified(t, st)
	err := st.Record(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE point_members SET balance = 99 WHERE id = ?`, m.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Verify(ctx, st)
	if err != nil || len(ms) != 1 || ms[0].Balance != 99 || ms[0].Entries != 10 || ms[0].Lots != 10 {
		t.Errorf("Verify = %+v, %v; want one mismatch: balance 99, entries 10, lots 10", ms, err)
	}
}

func TestJoin(t *testing.T) {
	l, _, _ := newLedger(t)
	ctx := context.Background()
	a := join(t, l, "138 0013 8000")
	if _, err := l.Join(ctx, rest.PointsJoin{Phone: "+86 138-0013-8000", ConsentVersion: ConsentVersion, ConsentLocale: "en"}); !errors.Is(err, ErrAlreadyMember) {
		t.Errorf("the same number written another way: %v; want ErrAlreadyMember", err)
	}
	if !a.ByPhone || a.ConsentVersion != ConsentVersion || a.ConsentLocale != "zh-Hans" || a.ConsentedAt.IsZero() {
		t.Errorf("member = %+v; want by phone with the consent given", a)
	}
	for _, in := range []rest.PointsJoin{
		{ConsentVersion: ConsentVersion + 1, ConsentLocale: "en"},
		{ConsentVersion: ConsentVersion, ConsentLocale: "fr"},
	} {
		if _, err := l.Join(ctx, in); !errors.Is(err, ErrConsent) {
			t.Errorf("Join(%+v): %v; want ErrConsent", in, err)
		}
	}
	for _, loc := range []string{"en", "zh-Hans", "zh-Hant"} {
		if c, err := Consent(loc); err != nil || c.Text == "" || c.Version != ConsentVersion {
			t.Errorf("Consent(%s) = %+v, %v", loc, c, err)
		}
	}
}

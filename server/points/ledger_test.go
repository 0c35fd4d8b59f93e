package points

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// clock is a fake clock tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var testSecret = []byte("0123456789abcdef0123456789abcdef")

// newLedger opens a ledger on a real SQLite file in a temporary directory,
// on a fake clock.
func newLedger(t testing.TB) (*Ledger, *store.Store, *clock) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err := New(context.Background(), st, testSecret)
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	l.Now = c.Now
	st.Now = c.Now
	return l, st, c
}

func join(t testing.TB, l *Ledger, phone string) rest.PointsMember {
	t.Helper()
	m, err := l.Join(context.Background(), rest.PointsJoin{Phone: phone, ConsentVersion: ConsentVersion, ConsentLocale: "zh-Hans"})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// code is member m's code now.
func code(t testing.TB, l *Ledger, m rest.PointsMember) string {
	t.Helper()
	c, err := l.Code(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func earn(t testing.TB, l *Ledger, m rest.PointsMember, receipt string, fen int64) rest.PointsPosted {
	t.Helper()
	p, err := l.Earn(context.Background(), "pos-1", rest.PointsEarnInput{MemberCode: code(t, l, m), ReceiptID: receipt, AmountFen: fen})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func spendPoints(l *Ledger, code, receipt string, pts int64) (rest.PointsPosted, error) {
	return l.Spend(context.Background(), "pos-1", rest.PointsSpendInput{MemberCode: code, ReceiptID: receipt, Points: pts})
}

// verified fails the test if Verify finds anything.
func verified(t testing.TB, st *store.Store) {
	t.Helper()
	ms, err := Verify(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		t.Errorf("verify: %s", m)
	}
}

func balanceOf(t testing.TB, l *Ledger, m rest.PointsMember) int64 {
	t.Helper()
	got, err := l.Member(context.Background(), code(t, l, m))
	if err != nil {
		t.Fatal(err)
	}
	return got.Balance
}

// 1,000 tills spend one point each at once from a member who has 100:
// exactly 100 succeed, the rest are refused as insufficient, and the
// balance ends at 0 without ever going below.
func TestConcurrentSpendsNeverOverdraw(t *testing.T) {
	l, st, _ := newLedger(t)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 10000) // 100 yuan: 100 points
	c := code(t, l, m)
	var ok, short atomic.Int32
	var wg sync.WaitGroup
	for i := range 1000 {
		wg.Go(func() {
			_, err := spendPoints(l, c, fmt.Sprintf("s-%d", i), 1)
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrInsufficient):
				short.Add(1)
			default:
				t.Errorf("spend %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 100 || short.Load() != 900 {
		t.Errorf("%d spends succeeded, %d refused; want 100 and 900", ok.Load(), short.Load())
	}
	if got := balanceOf(t, l, m); got != 0 {
		t.Errorf("balance = %d; want 0", got)
	}
	verified(t, st)
}

// A till that sends one receipt 50 times at once earns it once; each
// answer is that one entry.
func TestConcurrentEarnsOfOneReceiptApplyOnce(t *testing.T) {
	l, st, _ := newLedger(t)
	m := join(t, l, "")
	c := code(t, l, m)
	seqs := make([]int64, 50)
	var replays atomic.Int32
	var wg sync.WaitGroup
	for i := range seqs {
		wg.Go(func() {
			p, err := l.Earn(context.Background(), "pos-1", rest.PointsEarnInput{MemberCode: c, ReceiptID: "r-42", AmountFen: 12345})
			if err != nil {
				t.Errorf("earn %d: %v", i, err)
				return
			}
			seqs[i] = p.Entry.Seq
			if p.Replayed {
				replays.Add(1)
			}
		})
	}
	wg.Wait()
	for i, s := range seqs {
		if s != seqs[0] {
			t.Errorf("answer %d is entry %d; want %d like the first", i, s, seqs[0])
		}
	}
	if replays.Load() != 49 {
		t.Errorf("%d answers replayed; want 49", replays.Load())
	}
	if got := balanceOf(t, l, m); got != 123 {
		t.Errorf("balance = %d; want 123", got)
	}
	_, err := l.Earn(context.Background(), "pos-1", rest.PointsEarnInput{MemberCode: c, ReceiptID: "r-42", AmountFen: 99999})
	if !errors.Is(err, ErrKeyReused) {
		t.Errorf("the receipt id again with another amount: %v; want ErrKeyReused", err)
	}
	// Another issuer's receipt ids are its own.
	if _, err := l.Earn(context.Background(), "pos-2", rest.PointsEarnInput{MemberCode: c, ReceiptID: "r-42", AmountFen: 100}); err != nil {
		t.Errorf("another till's r-42: %v", err)
	}
	verified(t, st)
}

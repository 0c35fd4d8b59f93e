package points

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"storecast/app/rest"
	"storecast/server/store"
)

// partnerB exchanges 1 of ours for 2 of theirs out, 1 of theirs for 1/3
// of ours in (rounded down).
func partnerB(t testing.TB, l *Ledger, memberCap, partnerCap int64) {
	t.Helper()
	err := l.PutPartner(context.Background(), rest.PointsPartner{ID: "b", Names: map[string]string{"en": "B Mart", "zh-Hans": "乙超市"},
		Out: rest.Rate{Num: 2, Den: 1}, In: rest.Rate{Num: 1, Den: 3}, MemberCap: memberCap, PartnerCap: partnerCap, Active: true})
	if err != nil {
		t.Fatal(err)
	}
}

func exchange(l *Ledger, code, dir, key string, pts int64) (rest.PartnerExchanged, error) {
	return l.Exchange(context.Background(), rest.PartnerExchangeInput{MemberCode: code, Partner: "b", Direction: dir, Points: pts, Key: key})
}

func TestExchangeOutAndBackRoundsDownAndReplays(t *testing.T) {
	l, st, _ := newLedger(t)
	partnerB(t, l, 0, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 10000) // 100 points
	c := code(t, l, m)
	got, err := exchange(l, c, rest.ExchangeOut, "x-1", 30)
	if err != nil {
		t.Fatal(err)
	}
	if got.Ours != 30 || got.Theirs != 60 || got.Balance != 70 || got.PartnerBalance != 60 || got.Replayed {
		t.Errorf("out = %+v; want 30 ours for 60 theirs, balances 70 and 60", got)
	}
	again, err := exchange(l, c, rest.ExchangeOut, "x-1", 30)
	if err != nil || !again.Replayed || again.Entry != got.Entry || again.Balance != 70 {
		t.Errorf("replay = %+v, %v; want the first entry, replayed, nothing moved", again, err)
	}
	if _, err := exchange(l, c, rest.ExchangeOut, "x-1", 31); !errors.Is(err, ErrKeyReused) {
		t.Errorf("another body under x-1: %v; want ErrKeyReused", err)
	}
	back, err := exchange(l, c, rest.ExchangeIn, "x-2", 59) // 59/3 = 19.67: 19
	if err != nil {
		t.Fatal(err)
	}
	if back.Ours != 19 || back.Theirs != 59 || back.Balance != 89 || back.PartnerBalance != 1 {
		t.Errorf("in = %+v; want 59 theirs for 19 ours, balances 89 and 1", back)
	}
	if _, err := exchange(l, c, rest.ExchangeIn, "x-3", 3); !errors.Is(err, ErrInsufficient) {
		t.Errorf("in of 3 with 1: %v; want ErrInsufficient", err)
	}
	if _, err := exchange(l, c, rest.ExchangeIn, "x-4", 1); !errors.Is(err, ErrTooFew) {
		t.Errorf("in of 1 (a third of a point): %v; want ErrTooFew", err)
	}
	verified(t, st)
}

func TestExchangeCapsRefuseAndChangeNothing(t *testing.T) {
	tests := []struct {
		name                  string
		memberCap, partnerCap int64
	}{
		{"member cap", 40, 0},
		{"partner cap", 0, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, st, clk := newLedger(t)
			partnerB(t, l, tt.memberCap, tt.partnerCap)
			m := join(t, l, "13800138000")
			earn(t, l, m, "r-0", 10000)
			c := code(t, l, m)
			if _, err := exchange(l, c, rest.ExchangeOut, "x-1", 30); err != nil {
				t.Fatal(err)
			}
			_, err := exchange(l, c, rest.ExchangeOut, "x-2", 11)
			if !errors.Is(err, ErrCap) {
				t.Fatalf("exchange past the cap: %v; want ErrCap", err)
			}
			if got := balanceOf(t, l, m); got != 70 {
				t.Errorf("balance after the refusal = %d; want 70", got)
			}
			if _, err := exchange(l, c, rest.ExchangeOut, "x-2", 10); err != nil {
				t.Errorf("exchange up to the cap: %v", err)
			}
			clk.Add(24 * 60 * 60 * 1e9)
			if _, err := exchange(l, code(t, l, m), rest.ExchangeOut, "x-3", 40); err != nil {
				t.Errorf("next day's exchange: %v", err)
			}
			verified(t, st)
		})
	}
}

// 200 exchanges of one point at once by a member with 50: exactly 50
// succeed and the balance never goes below zero.
func TestConcurrentExchangesNeverOverdraw(t *testing.T) {
	l, st, _ := newLedger(t)
	partnerB(t, l, 0, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 5000) // 50 points
	c := code(t, l, m)
	var ok, short atomic.Int32
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			_, err := exchange(l, c, rest.ExchangeOut, fmt.Sprintf("x-%d", i), 1)
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrInsufficient):
				short.Add(1)
			default:
				t.Errorf("exchange %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 50 || short.Load() != 150 {
		t.Errorf("%d exchanges succeeded, %d refused; want 50 and 150", ok.Load(), short.Load())
	}
	if got := balanceOf(t, l, m); got != 0 {
		t.Errorf("balance = %d; want 0", got)
	}
	verified(t, st)
}

func TestSettlementSumsEachDayAndPartner(t *testing.T) {
	l, st, clk := newLedger(t)
	partnerB(t, l, 0, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 10000)
	steps := []struct {
		dir string
		pts int64
	}{{rest.ExchangeOut, 30}, {rest.ExchangeOut, 10}, {rest.ExchangeIn, 30}}
	for i, s := range steps {
		if _, err := exchange(l, code(t, l, m), s.dir, fmt.Sprintf("x-%d", i), s.pts); err != nil {
			t.Fatal(err)
		}
	}
	clk.Add(24 * 60 * 60 * 1e9)
	if _, err := exchange(l, code(t, l, m), rest.ExchangeOut, "x-next", 5); err != nil {
		t.Fatal(err)
	}
	got, err := l.Settlement(context.Background(), "2026-03-01", "2026-03-02", 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []rest.PointsSettlement{
		{Day: "2026-03-01", Partner: "b", OutOurs: 40, OutTheirs: 80, InOurs: 10, InTheirs: 30, OwedPoints: 30, OwedFen: 60},
		{Day: "2026-03-02", Partner: "b", OutOurs: 5, OutTheirs: 10, OwedPoints: 5, OwedFen: 10},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("settlement = %+v; want %+v", got, want)
	}
	verified(t, st)
	// A partner balance that disagrees with its exchanges is found.
	err = st.Record(context.Background(), func(tx *store.Tx) error {
		_, err := tx.ExecContext(context.Background(), `UPDATE point_partner_balances SET balance = balance + 1`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if ms, err := Verify(context.Background(), st); err != nil || len(ms) != 1 || ms[0].Partner != "b" {
		t.Errorf("verify after a partner balance moved = %v, %v; want that balance", ms, err)
	}
}

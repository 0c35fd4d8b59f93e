package points

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"storecast/app/rest"
)

// Earns and spends on real SQLite, from parallel tills (make bench runs
// these; docs/bench.md has a reading). Each is one transaction on the
// store's one writer, so they measure the ledger's write rate.

func BenchmarkEarn(b *testing.B) {
	l, _, _ := newLedger(b)
	tills(b, l, 0, "earns/s", func(code string, i int64) error {
		_, err := l.Earn(context.Background(), "pos", rest.PointsEarnInput{MemberCode: code, ReceiptID: fmt.Sprint("r-", i), AmountFen: 1234})
		return err
	})
}

func BenchmarkSpend(b *testing.B) {
	l, _, _ := newLedger(b)
	// Many lots each, so spends walk lots as a regular's would.
	tills(b, l, 20, "spends/s", func(code string, i int64) error {
		_, err := l.Spend(context.Background(), "pos", rest.PointsSpendInput{MemberCode: code, ReceiptID: fmt.Sprint("s-", i), Points: 3})
		return err
	})
}

func BenchmarkExchange(b *testing.B) {
	l, _, _ := newLedger(b)
	partnerB(b, l, 0, 0)
	tills(b, l, 20, "exchanges/s", func(code string, i int64) error {
		_, err := l.Exchange(context.Background(), rest.PartnerExchangeInput{MemberCode: code, Partner: "b",
			Direction: rest.ExchangeOut, Points: 3, Key: fmt.Sprint("x-", i)})
		return err
	})
}

func BenchmarkSpendAtPartner(b *testing.B) {
	l, _, _ := newLedger(b)
	partnerB(b, l, 0, 0)
	tills(b, l, 20, "partner-spends/s", func(code string, i int64) error {
		_, err := l.SpendAtPartner(context.Background(), rest.PartnerSpendInput{MemberCode: code, Partner: "b",
			Item: "coffee", Price: 5, Key: fmt.Sprint("s-", i)})
		return err
	})
}

// tills joins 64 members with lots earns of a yuan-rich receipt each,
// then runs post for b.N receipts from parallel goroutines, round the
// members, and reports the rate as unit.
func tills(b *testing.B, l *Ledger, lots int, unit string, post func(code string, i int64) error) {
	members := make([]string, 64)
	for i := range members {
		m := join(b, l, "")
		members[i] = m.ID
		for j := range lots {
			earn(b, l, m, fmt.Sprintf("e-%d-%d", i, j), 100_000_00)
		}
	}
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			c, _ := l.Code(members[i%int64(len(members))])
			if err := post(c, i); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), unit)
}

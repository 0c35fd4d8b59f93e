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
	members := make([]string, 64)
	for i := range members {
		members[i] = join(b, l, "").ID
	}
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			c, _ := l.Code(members[i%int64(len(members))])
			if _, err := l.Earn(context.Background(), "pos", rest.PointsEarnInput{MemberCode: c, ReceiptID: fmt.Sprint("r-", i), AmountFen: 1234}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "earns/s")
}

func BenchmarkSpend(b *testing.B) {
	l, _, _ := newLedger(b)
	members := make([]string, 64)
	for i := range members {
		m := join(b, l, "")
		members[i] = m.ID
		// Many lots each, so spends walk lots as a regular's would.
		for j := range 20 {
			earn(b, l, m, fmt.Sprintf("e-%d-%d", i, j), 100_000_00)
		}
	}
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			c, _ := l.Code(members[i%int64(len(members))])
			if _, err := l.Spend(context.Background(), "pos", rest.PointsSpendInput{MemberCode: c, ReceiptID: fmt.Sprint("s-", i), Points: 3}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spends/s")
}

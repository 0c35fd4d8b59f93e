package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// A server killed with SIGKILL again and again while tills earn and spend
// points loses no entry it acknowledged and applies none twice: each
// entry is committed with its balance in one transaction, and a till
// that retries a receipt cut by the kill (same receipt id) gets the
// first entry back instead of a second one. Afterwards every balance
// equals its entries (`storecast points verify`).
func TestKilledWhileEarningEveryAcknowledgedEntryStays(t *testing.T) {
	t.Parallel()
	const (
		tills    = 4
		perTill  = 250 // 1,000 entries in all
		kills    = 3
		earnFen  = 1000 // 10 points at the default rules
		spendPts = 5    // every fifth receipt spends
	)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0x70))

	dir, addr := t.TempDir(), freeAddr(t)
	var current atomic.Pointer[serving]
	current.Store(&serving{kit.Server(t, harness.Options{DataDir: dir, Addr: addr}), make(chan struct{})})

	codes := make([]string, tills)
	for i := range codes {
		var m rest.PointsMember
		current.Load().API(t, "POST", "/api/v1/points/members", rest.PointsJoin{ConsentVersion: 1, ConsentLocale: "en"}, &m)
		codes[i] = m.Code
	}

	var (
		settled atomic.Int64
		retried atomic.Int64
		wg      sync.WaitGroup
	)
	for w := range tills {
		wg.Go(func() {
			code := codes[w]
			for i := range perTill {
				if i%20 == 0 { // a phone shows a fresh code: they last a minute
					var m rest.PointsMember
					if _, err := pointsCall(&current, &retried, "GET", "/api/v1/points/members/"+code, nil, &m); err != nil {
						t.Errorf("till %d: member: %v", w, err)
						return
					}
					code = m.Code
				}
				path, body := "/api/v1/points/earns", any(rest.PointsEarnInput{MemberCode: code, ReceiptID: receipt(w, i), AmountFen: earnFen})
				if i%5 == 4 {
					path, body = "/api/v1/points/spends", rest.PointsSpendInput{MemberCode: code, ReceiptID: receipt(w, i), Points: spendPts}
				}
				if _, err := pointsCall(&current, &retried, "POST", path, body, nil); err != nil {
					t.Errorf("till %d: %s: %v", w, receipt(w, i), err)
				}
				settled.Add(1)
			}
			codes[w] = code // read after wg.Wait
		})
	}

	at := killDuring(t, &current, &settled, kills, tills*perTill, rng)
	wg.Wait()
	t.Logf("1,000 receipts, %d calls cut by %d kills at %v and sent again", retried.Load(), kills, at)

	// Every receipt is in the ledger exactly once, and the balance is
	// what they add up to.
	for w := range tills {
		var x rest.PointsExport
		if _, err := pointsCall(&current, &retried, "GET", "/api/v1/points/members/"+codes[w]+"/export", nil, &x); err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, e := range x.Entries {
			seen[e.Key]++
		}
		for i := range perTill {
			if n := seen[receipt(w, i)]; n != 1 {
				t.Errorf("receipt %s is in the ledger %d times; want once", receipt(w, i), n)
			}
		}
		if len(x.Entries) != perTill {
			t.Errorf("till %d: %d entries; want %d", w, len(x.Entries), perTill)
		}
		if want := int64(perTill/5*4*earnFen/100 - perTill/5*spendPts); x.Member.Balance != want {
			t.Errorf("till %d: balance %d; want %d", w, x.Member.Balance, want)
		}
	}
	out, err := exec.Command(kit.Binary, "points", "verify", "--data", dir).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "every balance equals") {
		t.Errorf("points verify: %v\n%s", err, out)
	}
}

func receipt(till, i int) string { return fmt.Sprintf("w%d-%04d", till, i) }

// pointsCall calls whichever server is current. A call cut by a kill (a
// transport error) or refused while the next server starts is sent again,
// as a till would, once the next server is up: receipts are idempotent.
func pointsCall(current *atomic.Pointer[serving], retried *atomic.Int64, method, path string, body, out any) (int, error) {
	for {
		sv := current.Load()
		code, err := sv.Call(context.Background(), method, path, body, out)
		if _, refused := errors.AsType[*harness.StatusError](err); err == nil || refused {
			return code, err
		}
		if code == 0 && !strings.Contains(err.Error(), "connection refused") {
			retried.Add(1)
		}
		<-sv.next
	}
}

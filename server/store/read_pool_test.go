package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// openConns is how many SQLite connections the store holds open now.
func openConns(s *Store) int {
	return s.write.Stats().OpenConnections + s.read.Stats().OpenConnections + s.reserved.Stats().OpenConnections
}

// TestReadsStayBoundedUnderLoad is an anonymous burst of kiosk searches:
// however many arrive at once, the store holds a fixed number of SQLite
// connections (each costs file descriptors and a page cache), and a read
// that cannot get one in time says so instead of failing some other way.
func TestReadsStayBoundedUnderLoad(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.SeedKioskDemo(ctx); err != nil {
		t.Fatal(err)
	}
	const readers = 1000
	var peak atomic.Int64
	sample := func() {
		n := int64(openConns(s))
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
	}
	var ok, overloaded atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range readers {
		wg.Go(func() {
			<-start
			sample()
			_, err := s.SearchProducts(ctx, "milk", 10)
			sample()
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrOverloaded):
				overloaded.Add(1)
			default:
				t.Errorf("read %d: %v; want an answer or ErrOverloaded", i, err)
			}
		})
	}
	close(start)
	wg.Wait()
	if got, want := peak.Load(), int64(readConns+1); got > want {
		t.Errorf("%d connections open at the peak of %d concurrent reads; want at most %d", got, readers, want)
	}
	if ok.Load() == 0 {
		t.Errorf("no read of %d succeeded", readers)
	}
	t.Logf("%d of %d reads answered, %d overloaded; peak %d connections", ok.Load(), readers, overloaded.Load(), peak.Load())
}

// TestReadWaitIsBounded: with every read connection taken, a read gives up
// after readWait with ErrOverloaded, a staff (Reserved) read is answered,
// a read whose caller went away says so, and writes still go through
// (they have their own connection).
func TestReadWaitIsBounded(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	var held []*sql.Conn
	for range readConns {
		c, err := s.read.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	start := time.Now()
	_, err := s.Promotions(ctx)
	if waited := time.Since(start); !errors.Is(err, ErrOverloaded) || waited < readWait {
		t.Errorf("read with the pool taken = %v after %v; want ErrOverloaded after %v", err, waited, readWait)
	}
	// Staff read on a connection of their own, however busy the pool.
	if _, err := s.Promotions(Reserved(ctx)); err != nil {
		t.Errorf("a reserved read with the pool taken = %v; want it answered", err)
	}
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Promotions(gone); !errors.Is(err, context.Canceled) {
		t.Errorf("read for a caller gone = %v; want context.Canceled", err)
	}
	if err := setSettingForTest(ctx, s, "k", "v"); err != nil {
		t.Errorf("write with the read pool taken = %v; want it done", err)
	}
	for _, c := range held {
		c.Close()
	}
	if v, err := s.Setting(ctx, "k"); err != nil || v != "v" {
		t.Errorf("read after the pool came back = %q, %v; want \"v\"", v, err)
	}
}

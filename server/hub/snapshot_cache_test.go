package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestSnapshotCacheBuildsOncePerPosition(t *testing.T) {
	var builds atomic.Int32
	release := make(chan struct{})
	c := newSnapshotCache(func(ctx context.Context, stream string) (json.RawMessage, error) {
		n := builds.Add(1)
		<-release
		return json.RawMessage(fmt.Sprintf(`{"build":%d}`, n)), nil
	}, time.Hour)
	ctx := context.Background()

	var wg sync.WaitGroup
	got := make([]string, 200)
	for i := range got {
		wg.Go(func() {
			b, err := c.get(ctx, "store", "e1", 7)
			if err != nil {
				t.Error(err)
			}
			got[i] = string(b)
		})
	}
	// Every handshake at (e1, 7) waits for the one build in flight.
	waitFor(t, 5*time.Second, func() bool { return builds.Load() == 1 })
	close(release)
	wg.Wait()
	for i, g := range got {
		if g != `{"build":1}` {
			t.Fatalf("handshake %d got %s; want the one shared build", i, g)
		}
	}
	if n := builds.Load(); n != 1 {
		t.Fatalf("%d builds for 200 handshakes at one position; want 1", n)
	}
	if b, _ := c.get(ctx, "store", "e1", 8); string(b) != `{"build":2}` {
		t.Errorf("after the stream moved on got %s; want a new build", b)
	}
	if b, _ := c.get(ctx, "staff", "e1", 8); string(b) != `{"build":3}` {
		t.Errorf("another stream got %s; want its own build", b)
	}
}

func TestSnapshotCacheExpiresAndRetriesFailures(t *testing.T) {
	now := time.Unix(1000, 0)
	fail := true
	var builds int
	c := newSnapshotCache(func(ctx context.Context, stream string) (json.RawMessage, error) {
		builds++
		if fail {
			return nil, errors.New("database unreachable")
		}
		return json.RawMessage(fmt.Sprintf(`{"build":%d}`, builds)), nil
	}, 2*time.Second)
	c.now = func() time.Time { return now }
	ctx := context.Background()

	if _, err := c.get(ctx, "store", "e", 1); err == nil {
		t.Fatal("a failed build returned no error")
	}
	fail = false
	if b, err := c.get(ctx, "store", "e", 1); err != nil || string(b) != `{"build":2}` {
		t.Fatalf("after a failure got %s, %v; want a new build", b, err)
	}
	now = now.Add(time.Second)
	if b, _ := c.get(ctx, "store", "e", 1); string(b) != `{"build":2}` {
		t.Errorf("1 s later got %s; want the cached build", b)
	}
	now = now.Add(2 * time.Second)
	if b, _ := c.get(ctx, "store", "e", 1); string(b) != `{"build":3}` {
		t.Errorf("3 s later got %s; want a fresh build (time-bound state)", b)
	}
}

package harness

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// Poll calls fn every interval until it returns nil, and returns nil. If
// timeout passes or ctx ends first, it returns an error that says which,
// wrapping fn's last error: a wait that gives up says what it last saw,
// not only that it waited.
func Poll(ctx context.Context, timeout, interval time.Duration, fn func() error) error {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		err := fn()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(context.Cause(ctx), errTestDeadline) {
				return fmt.Errorf("the test's deadline passed after %v: %w", time.Since(start).Round(time.Millisecond), err)
			}
			return fmt.Errorf("gave up after %v: %w", time.Since(start).Round(time.Millisecond), err)
		case <-tick.C:
		}
	}
}

// CheckFor is Poll for a test, without a context: it fails t with fn's
// last error when timeout passes.
func CheckFor(t testing.TB, timeout, interval time.Duration, fn func() error) {
	t.Helper()
	if err := Poll(context.Background(), timeout, interval, fn); err != nil {
		t.Fatalf("%s: %v", t.Name(), err)
	}
}

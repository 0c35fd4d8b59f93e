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
	var last error // fn's last error that is not the end of ctx itself
	for {
		err := fn()
		if err == nil {
			return nil
		}
		if last == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
			last = err
		}
		select {
		case <-ctx.Done():
			if cause := context.Cause(ctx); errors.Is(cause, errTestDeadline) {
				return fmt.Errorf("%v, waiting %v: %w", cause, time.Since(start).Round(time.Millisecond), last)
			}
			return fmt.Errorf("gave up after %v: %w", time.Since(start).Round(time.Millisecond), last)
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

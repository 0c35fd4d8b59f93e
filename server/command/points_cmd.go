package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"storecast/server/points"
	"storecast/server/store"
)

// ErrPointsMismatch is `storecast points verify` finding a ledger that
// does not add up.
var ErrPointsMismatch = errors.New("points: the ledger does not add up")

// openPoints opens the store's points ledger with the data directory's
// points secret (created on first start).
func openPoints(ctx context.Context, dir string, st *store.Store) (*points.Ledger, error) {
	secret, err := points.LoadSecret(dir)
	if err != nil {
		return nil, err
	}
	return points.New(ctx, st, secret)
}

const pointsAbout = `Checks the points ledger: every member's balance equals the sum of their
entries and of their lots, and no lot is below zero or above what it
earned. Prints each mismatch and exits non-zero if there is any. It reads
one snapshot, so it may run while the server serves.`

// runExpiry expires due points and deletes dormant memberships hourly until the returned stop is called,
// which waits for a run in progress, so the store is not closed under it.
func runExpiry(ctx context.Context, l *points.Ledger, dormant time.Duration, log *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		l.RunExpiry(ctx, time.Hour, dormant, log)
	}()
	return func() { cancel(); <-done }
}

// pointsCmd is `storecast points verify`: every member's balance against
// their entries and lots, and no lot below zero. It reads a snapshot, so
// it may run while the server serves.
func pointsCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		fmt.Fprintln(stderr, "usage: storecast points verify [--data DIR]")
		return ErrUsage
	}
	fs := newFlags("points verify", "points verify [--data DIR]", pointsAbout, stderr)
	dir := dataFlag(fs, getenv)
	pos, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return errors.New("points verify: takes no arguments")
	}
	st, err := openExisting(ctx, *dir)
	if err != nil {
		return err
	}
	defer st.Close()
	ms, err := points.Verify(ctx, st)
	if err != nil {
		return err
	}
	for _, m := range ms {
		fmt.Fprintln(stdout, m)
	}
	if len(ms) > 0 {
		return fmt.Errorf("%w: %d mismatches", ErrPointsMismatch, len(ms))
	}
	fmt.Fprintln(stdout, "points: every balance equals its entries and lots")
	return nil
}

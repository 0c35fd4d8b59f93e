package command

import (
	"context"
	"log/slog"
	"time"

	"storecast/server/catalogue"
	"storecast/server/store"
)

// runParityDays counts the day's parity mismatches hourly until the
// returned stop is called, which waits for a count in progress, so the
// store is not closed under it.
func runParityDays(ctx context.Context, st *store.Store, log *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		catalogue.RunParityDays(ctx, st, time.Hour, log)
	}()
	return func() { cancel(); <-done }
}

package catalogue

import (
	"context"
	"log/slog"
	"time"

	"storecast/server/store"
)

// RunParityDays counts the day's parity mismatches now and every every
// until ctx ends: imports count as they change prices, and this keeps a
// day without imports from being a gap in the console's chart.
func RunParityDays(ctx context.Context, st *store.Store, every time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := st.RecordParityDay(ctx); err != nil && ctx.Err() == nil {
			log.Warn("catalogue: parity day", slog.Any("err", err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

package command

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/server/alert"
	"storecast/server/fleet"
	"storecast/server/store"
)

// startAlerts runs the alert Monitor and Dispatcher until stop. They run
// always: with no webhook nothing is sent, and a look every half minute
// reads a few small tables.
func startAlerts(ctx context.Context, cfg Config, st *store.Store, fl *fleet.Fleet, reg prometheus.Registerer, log *slog.Logger) (d *alert.Dispatcher, stop func(), err error) {
	loc, err := time.LoadLocation(cfg.TimeZone)
	if err != nil {
		return nil, nil, fmt.Errorf("alerts: %w", err)
	}
	m := alert.NewMetrics(reg)
	d = alert.NewDispatcher(alert.Config{Store: st, StoreURL: cfg.PublicURL, Log: log, Metrics: m})
	mon := alert.NewMonitor(alert.MonitorConfig{
		Rules:   st.AlertRules,
		Source:  &alert.StoreSource{Store: st, Fleet: fl, DataDir: cfg.DataDir},
		Notify:  d.Send,
		Zone:    loc,
		Log:     log,
		Metrics: m,
	})
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { d.Run(ctx) })
	wg.Go(func() { mon.Run(ctx, alert.Every) })
	return d, func() { cancel(); wg.Wait() }, nil
}

package command

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/server/catalogue"
	"storecast/server/store"
)

// startCatalogue makes the catalogue feed and, with --catalogue-drop,
// watches its drop folder until stop.
func startCatalogue(ctx context.Context, cfg Config, st *store.Store, reg prometheus.Registerer, log *slog.Logger) (f *catalogue.Feed, stop func(), err error) {
	f = catalogue.New(st, catalogue.NewMetrics(reg, st))
	if cfg.Catalogue.Drop == "" {
		return f, func() {}, nil
	}
	drop := &catalogue.Drop{Dir: cfg.Catalogue.Drop, Feed: f, Log: log}
	if err := drop.Prepare(); err != nil {
		return nil, nil, fmt.Errorf("catalogue: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { drop.Run(ctx) })
	log.Info("catalogue drop folder watched", slog.String("dir", cfg.Catalogue.Drop))
	return f, func() { cancel(); wg.Wait() }, nil
}

package command

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/server/metrics"
)

// serveMetrics mounts /metrics as cfg says: on a listener of its own
// (--metrics-addr, behind the token if there is one), on mux behind the
// token, or nowhere. stop closes the own listener: a scrape cut short is
// simply retried by Prometheus.
func serveMetrics(cfg Config, reg *prometheus.Registry, mux *http.ServeMux, log *slog.Logger) (stop func(), err error) {
	h := metrics.Handler(reg, cfg.MetricsToken, log)
	switch {
	case cfg.MetricsAddr != "":
		ln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			return nil, fmt.Errorf("serve: metrics: %w", err)
		}
		own := http.NewServeMux()
		own.Handle("GET /metrics", h)
		srv := &http.Server{Handler: own, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
		go srv.Serve(ln) //nolint:errcheck // ends with ErrServerClosed at stop
		log.Info("serving metrics", slog.String("addr", ln.Addr().String()), slog.Bool("token", cfg.MetricsToken != ""))
		return func() { _ = srv.Close() }, nil
	case cfg.MetricsToken != "":
		mux.Handle("GET /metrics", h)
		log.Info("serving metrics at /metrics with a bearer token")
	default:
		log.Info("metrics off: set --metrics-addr or STORECAST_METRICS_TOKEN to serve /metrics")
	}
	return func() {}, nil
}

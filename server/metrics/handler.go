package metrics

import (
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// scrapeTimeout bounds one scrape: the collectors that read state (the
// store, JetStream) have shorter timeouts of their own, so this is only
// a backstop.
const scrapeTimeout = 10 * time.Second

// Handler serves reg in the Prometheus text format. With a token, a
// request must carry "Authorization: Bearer <token>" (compared in
// constant time) or it gets 401; with none, anyone who reaches the
// handler may scrape, so mount it only on a listener of its own.
//
// A collector that fails (the store overloaded, JetStream not answering)
// is logged and left out; the rest of the scrape is still served, and
// promhttp_metric_handler_errors_total counts the failure.
func Handler(reg *prometheus.Registry, token string, log *slog.Logger) http.Handler {
	h := promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		ErrorHandling: promhttp.ContinueOnError,
		Registry:      reg,
		Timeout:       scrapeTimeout,
	})
	h = promhttp.InstrumentMetricHandler(reg, h)
	if token == "" {
		return h
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, got, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		// Hashing first makes the comparison's time independent of the
		// token's length too.
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "storecast: /metrics needs the metrics bearer token", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

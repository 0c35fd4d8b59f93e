package command

import (
	"errors"
	"flag"
	"fmt"
	"net"
)

// MinMetricsTokenLen keeps guessable scrape tokens out, as for the admin
// token.
const MinMetricsTokenLen = 32

// metricsFlags defines --metrics-addr. The token comes from the
// environment only, like the admin token: a flag's value is visible to
// every local user in the process list.
func metricsFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", getenv("STORECAST_METRICS_ADDR"),
		"serve /metrics on this address of its own, e.g. 127.0.0.1:9090 (STORECAST_METRICS_ADDR); "+
			"without it, /metrics is on --addr when STORECAST_METRICS_TOKEN is set, and off otherwise")
}

// validateMetrics checks where /metrics is served and with what token.
func (c *Config) validateMetrics() error {
	if c.MetricsToken != "" && len(c.MetricsToken) < MinMetricsTokenLen {
		return fmt.Errorf("config: STORECAST_METRICS_TOKEN is %d characters; it must be at least %d", len(c.MetricsToken), MinMetricsTokenLen)
	}
	if c.MetricsAddr == "" {
		return nil
	}
	_, port, err := net.SplitHostPort(c.MetricsAddr)
	if err != nil {
		return fmt.Errorf("config: --metrics-addr %q: %w", c.MetricsAddr, err)
	}
	if c.MetricsAddr == c.Addr && port != "0" { // port 0: each listener gets a free port of its own
		return errors.New("config: --metrics-addr must differ from --addr (without it, /metrics is served on --addr with STORECAST_METRICS_TOKEN)")
	}
	return nil
}

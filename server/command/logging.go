package command

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"storecast/server/request"
)

// logFlags defines --log-level and --log-format.
func logFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	fs.StringVar(&cfg.LogLevel, "log-level", envOr(getenv, "STORECAST_LOG_LEVEL", "info"), "debug, info, warn or error (STORECAST_LOG_LEVEL); debug names every screen that connects and leaves")
	fs.StringVar(&cfg.LogFormat, "log-format", envOr(getenv, "STORECAST_LOG_FORMAT", "text"), "text, or json for a log collector (STORECAST_LOG_FORMAT)")
}

// validateLogging checks the two log flags.
func (c *Config) validateLogging() error {
	if _, err := parseLevel(c.LogLevel); err != nil {
		return err
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return fmt.Errorf("config: --log-format %q: use text or json", c.LogFormat)
	}
	return nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(s))); err != nil {
		return 0, fmt.Errorf("config: --log-level %q: use debug, info, warn or error", s)
	}
	return l, nil
}

// newLogger is the server's one logger, as the flags say. A record
// logged with a request's context names the request (request_id).
func newLogger(w io.Writer, cfg Config) *slog.Logger {
	level, _ := parseLevel(cfg.LogLevel) // checked by validate
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if cfg.LogFormat == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	return slog.New(request.LogHandler(h))
}

package command

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// Config is everything `storecast serve` is told, parsed once.
type Config struct {
	Addr       string // listen address
	DataDir    string // SQLite file, media, secrets
	PublicURL  string // how shoppers' phones and screens reach this server
	AdminToken string // optional bearer token for provisioning (≥ 32 chars)
	History    int    // events kept per stream for resume
	// HistoryAge drops events older than this from the feed's history
	// (0: kept until History pushes them out).
	HistoryAge time.Duration
	// RequirePairing: screens must be paired to show anything (production);
	// otherwise unpaired screens show the whole store's content.
	RequirePairing bool
	TimeZone       string // the store's zone: schedules run on its wall clock
	// Nightly backups, off when BackupDir is empty (then the other two
	// are zero too).
	BackupDir  string // where they go
	BackupKeep int    // how many are kept
	BackupAt   string // "HH:MM" on the store's clock
	// TLSCert and TLSKey are PEM files: with both set the server speaks
	// HTTPS itself (tls.go); with neither, plain HTTP (behind a proxy).
	TLSCert, TLSKey string
	LogLevel        string // debug, info, warn, error
	LogFormat       string // text or json
	// MetricsAddr is a listener of its own for /metrics; MetricsToken a
	// bearer token /metrics then needs. With only the token, /metrics is
	// on Addr; with neither, it is off (config_metrics.go).
	MetricsAddr, MetricsToken string
	// Screens reload to give back leaked memory past ScreenReloadAboveMiB
	// (0: never), in ScreenQuietHours or while dark (config_screens.go).
	ScreenReloadAboveMiB int
	ScreenQuietHours     string
	// Chain is where the server stands in a chain of stores
	// (config_chain.go); zero for a store on its own.
	Chain ChainConfig
	// Catalogue is the catalogue feed's drop folder and the kiosk's
	// parity age (config_catalogue.go).
	Catalogue CatalogueConfig
	// PointsDormantDays: a membership with no points and no entry for
	// this many days is deleted (0: never; config_points.go).
	PointsDormantDays int
}

// TLS reports whether the server serves HTTPS itself.
func (c *Config) TLS() bool { return c.TLSCert != "" }

// scheme is how the server is reached on its own address.
func (c *Config) scheme() string {
	if c.TLS() {
		return "https"
	}
	return "http"
}

const serveAbout = `Runs the store's server: screens, console, API. Flags fall back to the
environment; STORECAST_ADMIN_TOKEN, if set, is an extra admin API token (at
least 32 characters) beside the data directory's admin-token file;
STORECAST_METRICS_TOKEN, if set, is the bearer token /metrics needs (at least
32 characters).`

// MinAdminTokenLen keeps guessable tokens out.
const MinAdminTokenLen = 32

// parseServe reads flags, falling back to the environment, then checks the
// result. Flags win over the environment.
func parseServe(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	fs := newFlags("serve", "serve [flags]", serveAbout, stderr)
	cfg := Config{}
	fs.StringVar(&cfg.Addr, "addr", envOr(getenv, "STORECAST_ADDR", "127.0.0.1:8080"), "listen address (STORECAST_ADDR)")
	fs.StringVar(&cfg.DataDir, "data", envOr(getenv, "STORECAST_DATA", "./data"), "data directory (STORECAST_DATA)")
	fs.StringVar(&cfg.PublicURL, "public-url", getenv("STORECAST_PUBLIC_URL"), "public base URL, e.g. https://store.example (STORECAST_PUBLIC_URL); default http://ADDR")
	fs.IntVar(&cfg.History, "history", 4096, "events kept per stream so screens can resume")
	fs.DurationVar(&cfg.HistoryAge, "history-age", 24*time.Hour, "events older than this leave the history; a screen offline longer reloads the whole state (0: no age limit)")
	fs.StringVar(&cfg.TimeZone, "timezone", envOr(getenv, "STORECAST_TIMEZONE", "Asia/Shanghai"), "the store's time zone, e.g. Asia/Shanghai (STORECAST_TIMEZONE)")
	fs.StringVar(&cfg.TLSCert, "tls-cert", getenv("STORECAST_TLS_CERT"), "serve HTTPS with this PEM certificate (chain) file; needs --tls-key (STORECAST_TLS_CERT)")
	fs.StringVar(&cfg.TLSKey, "tls-key", getenv("STORECAST_TLS_KEY"), "the PEM private key of --tls-cert (STORECAST_TLS_KEY)")
	fs.BoolVar(&cfg.RequirePairing, "require-pairing", getenv("STORECAST_REQUIRE_PAIRING") == "true", "screens must be paired in the console before they show content (STORECAST_REQUIRE_PAIRING=true)")
	nightlyFlags(fs, &cfg, getenv)
	logFlags(fs, &cfg, getenv)
	metricsFlags(fs, &cfg, getenv)
	screenFlags(fs, &cfg, getenv)
	chainFlags(fs, &cfg, getenv)
	catalogueFlags(fs, &cfg, getenv)
	pointsFlags(fs, &cfg, getenv)
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	cfg.AdminToken = getenv("STORECAST_ADMIN_TOKEN")
	cfg.MetricsToken = getenv("STORECAST_METRICS_TOKEN")
	return cfg, cfg.validate()
}

func (c *Config) validate() error {
	if c.AdminToken != "" && len(c.AdminToken) < MinAdminTokenLen {
		return fmt.Errorf("config: STORECAST_ADMIN_TOKEN is %d characters; it must be at least %d", len(c.AdminToken), MinAdminTokenLen)
	}
	if err := validZone(c.TimeZone); err != nil {
		return fmt.Errorf("config: --timezone %q is not a time zone (use a name like Asia/Shanghai)", c.TimeZone)
	}
	if c.DataDir == "" {
		return errors.New("config: --data must not be empty")
	}
	if err := c.validateBackups(); err != nil {
		return err
	}
	if err := c.validateLogging(); err != nil {
		return err
	}
	if err := c.validateMetrics(); err != nil {
		return err
	}
	if err := c.validateScreens(); err != nil {
		return err
	}
	if err := c.validateChain(); err != nil {
		return err
	}
	if err := c.validatePoints(); err != nil {
		return err
	}
	if err := c.validateCatalogue(); err != nil {
		return err
	}
	if c.History < 16 || c.History > 1_000_000 {
		return fmt.Errorf("config: --history %d is out of range 16..1000000", c.History)
	}
	if c.HistoryAge < 0 || c.HistoryAge > 0 && c.HistoryAge < time.Minute {
		return fmt.Errorf("config: --history-age %v: use 0 (no limit) or at least a minute", c.HistoryAge)
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return errors.New("config: --tls-cert and --tls-key go together: give both, or neither")
	}
	if c.PublicURL == "" {
		c.PublicURL = c.scheme() + "://" + c.Addr
	}
	u, err := url.Parse(c.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("config: --public-url %q must be an http(s) URL with a host", c.PublicURL)
	}
	if c.TLS() && u.Scheme != "https" {
		return fmt.Errorf("config: --public-url %q must be https when the server serves TLS (--tls-cert)", c.PublicURL)
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	return nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

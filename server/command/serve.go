package command

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"storecast/app/console"
	"storecast/app/content"
	"storecast/app/routes"
	"storecast/server/api"
	"storecast/server/compress"
	"storecast/server/coupon"
	"storecast/server/fleet"
	"storecast/server/hub"
	"storecast/server/media"
	"storecast/server/metrics"
	"storecast/server/outbox"
	"storecast/server/phone"
	"storecast/server/pwa"
	"storecast/server/request"
	"storecast/server/store"
	"storecast/web"
)

// shutdownGrace bounds how long a stopping server waits for requests and
// screens to finish.
const shutdownGrace = 10 * time.Second

func serve(ctx context.Context, cfg Config, stdout, stderr io.Writer) error {
	log := newLogger(stderr, cfg)
	tlsConfig, err := loadTLS(cfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	// Listen first: with --addr :0 the real port is known only now, and the
	// default public URL (coupon links, QR codes, Origin checks) needs it.
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close()
	if cfg.PublicURL == cfg.scheme()+"://"+cfg.Addr {
		cfg.PublicURL = cfg.scheme() + "://" + ln.Addr().String()
	}
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return fmt.Errorf("serve: data directory: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(cfg.DataDir, "storecast.db"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer st.Close()
	st.SetChainRole(chainRole(cfg.Chain))
	// One registry, handed to each part that owns a number; it is served
	// only if cfg says so (serveMetrics), but counting costs next to nothing.
	reg := metrics.New(Version)
	st.Metrics = store.NewMetrics(reg)
	lib, err := media.New(filepath.Join(cfg.DataDir, "media"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if cfg.Chain.Role != RoleHQ { // head office's content goes to every store: no demo there
		if err := seedDemos(ctx, st, lib, log); err != nil {
			return err
		}
	}
	fileToken, err := adminToken(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	rules := zoneData(cfg.TimeZone)
	if rules == nil {
		log.Warn("no rules found for the store's time zone; screens will use their own", slog.String("zone", cfg.TimeZone))
	}
	st.SetZone(cfg.TimeZone, rules)
	st.SetReloadPolicy(cfg.reloadPolicy())
	if err := st.AnnounceStoreInfo(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	id, err := st.StoreID(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	feed, err := openFeed(ctx, cfg, id, log)
	if err != nil {
		return err
	}
	defer feed.close()
	fl := fleet.New(st, log)
	fl.RequirePairing = cfg.RequirePairing
	hb := hub.New(hub.Config{AllowedOrigins: []string{origin(cfg.PublicURL)}, Metrics: hub.NewMetrics(reg)},
		feed.broker, snapshotFunc(st), fl.Authenticate, log)
	fl.Hub = hb
	reg.MustRegister(feed.broker.Collector(), fl.Collector())
	secret, err := coupon.LoadSecret(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ledger, err := openPoints(ctx, cfg.DataDir, st)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer runExpiry(ctx, ledger, time.Duration(cfg.PointsDormantDays)*24*time.Hour, log)()
	defer runParityDays(ctx, st, log)()
	chainPart, err := joinChain(ctx, cfg, st, feed, hb, secret, ledger, log)
	if err != nil {
		return err
	}
	defer chainPart.close()
	stopRelay, err := startRelay(ctx, st, hb, chainPart.routes, outbox.NewMetrics(reg, st), log)
	if err != nil {
		return err
	}
	defer stopRelay()
	codec, err := coupon.NewCodec(secret)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	alerts, stopAlerts, err := startAlerts(ctx, cfg, st, fl, reg, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer stopAlerts()
	routes.Register(prerenderSource(st, feed.broker))
	console.Register(noStaffYet(ctx, st, log))
	pages := pwa.New(web.FS, Version, routes.Paths)
	phonePages, err := phone.New(ctx, phone.Config{Store: st, Codec: codec, Chain: chainPart.chain, PublicURL: cfg.PublicURL, Files: web.FS, Log: log,
		ParityMaxAge: cfg.Catalogue.ParityMaxAge})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", readyz(st))
	mux.Handle("GET /ws", hb)
	mux.Handle("GET /media/", lib.Handler())
	catalogueFeed, stopDrop, err := startCatalogue(ctx, cfg, st, reg, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer stopDrop()
	apiHandler, err := api.New(api.Config{
		Store: st, Media: lib, Tokens: api.NewTokens(cfg.AdminToken, fileToken), Log: log,
		Fleet: fl, Codec: codec, PublicURL: cfg.PublicURL, Alerts: alerts, Points: ledger,
		State:         func(ctx context.Context) (content.Snapshot, error) { return snapshot(ctx, st) },
		SecureCookies: strings.HasPrefix(cfg.PublicURL, "https://"),
		Chain:         chainPart.chain, ChainPoints: chainPart.points, Uplink: chainPart.uplink,
		Catalogue: catalogueFeed, ParityMaxAge: cfg.Catalogue.ParityMaxAge, Markdown: cfg.Catalogue.MarkdownRule,
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	apiHandler.Register(mux)
	phonePages.Register(mux)
	mux.Handle("/", pages)
	stopMetrics, err := serveMetrics(cfg, reg, mux, log)
	if err != nil {
		return err
	}
	defer stopMetrics()

	handler := pwa.SecurityHeaders(mux)
	if tlsConfig != nil {
		handler = hsts(handler)
		ln = tls.NewListener(ln, tlsConfig)
	}
	srv := &http.Server{
		Handler:           request.Middleware(compress.Handler(handler), request.NewMetrics(reg), log),
		TLSConfig:         tlsConfig,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	printBanner(stdout, ln.Addr().String(), cfg)
	log.Info("serving", slog.String("addr", ln.Addr().String()), slog.Bool("tls", tlsConfig != nil), slog.String("version", Version), slog.String("app", pages.Version()))

	if cfg.BackupDir != "" {
		stop, err := startNightly(ctx, cfg, log)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer stop()
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	stop, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	// Screens first, with the "back off" close code, so they do not all
	// hammer the server while it stops; then requests in flight.
	if err := hb.Shutdown(stop); err != nil {
		log.Warn("hub shutdown", slog.Any("err", err))
	}
	if err := srv.Shutdown(stop); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", slog.Any("err", err))
	}
	log.Info("stopped")
	return nil
}

// seedDemos fills a new store with demo promotions, products, categories
// and events.
func seedDemos(ctx context.Context, st *store.Store, lib *media.Library, log *slog.Logger) error {
	if seeded, err := seedDemo(ctx, st, lib); err != nil {
		return fmt.Errorf("serve: %w", err)
	} else if seeded {
		log.Info("seeded demo promotions")
	}
	if seeded, err := st.SeedKioskDemo(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	} else if seeded {
		log.Info("seeded demo products, categories and store events")
	}
	return nil
}

// noStaffYet reports whether the store has no staff account, for the
// console's first render. Once one exists the answer is kept and the
// store asked no more: a store that later removed every account is still
// shown the right form, a moment later, once the console asks the API.
func noStaffYet(ctx context.Context, st *store.Store, log *slog.Logger) func() bool {
	var staffed atomic.Bool
	return func() bool {
		if staffed.Load() {
			return false
		}
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		n, err := st.CountUsers(ctx)
		if err != nil {
			log.Warn("console: cannot count staff accounts; rendering the sign-in form", "err", err)
			return false
		}
		staffed.Store(n > 0)
		return n == 0
	}
}

func readyz(st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := st.Ping(ctx); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	}
}

func printBanner(w io.Writer, addr string, cfg Config) {
	base := cfg.PublicURL
	token := filepath.Join(cfg.DataDir, adminTokenFile)
	fmt.Fprintf(w, `Storecast %s is running.
  kiosk    %s/kiosk
  signage  %s/signage
  console  %s/console  (first run: create the admin with the setup token: cat %s)
  API      %s/api/v1  (bearer token: cat %s)
Press Ctrl+C to stop.
`, Version, base, base, base, token, base, token)
}

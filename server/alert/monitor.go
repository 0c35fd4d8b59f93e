package alert

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"storecast/app/rest"
)

// Every is how often the Monitor looks by default: alerts count in
// minutes, and each look reads a few small tables.
const Every = 30 * time.Second

// MonitorConfig is what a Monitor needs. Rules, Source and Notify are
// required.
type MonitorConfig struct {
	Rules  func(context.Context) (rest.AlertRules, error) // the store's rules
	Source Source
	Notify func(context.Context, Alert) // delivers a new alert (Dispatcher.Send)
	Zone   *time.Location               // the store's; nil: UTC
	Now    func() time.Time             // nil: time.Now
	Log    *slog.Logger                 // nil: discard
	// Metrics counts alerts fired; nil counts for nobody.
	Metrics *Metrics
}

// Monitor looks at the store now and then and notifies alerts that start
// to hold. Tick is one look; Run looks every Every until its context ends.
type Monitor struct {
	cfg     MonitorConfig
	started time.Time
	// firing are the alerts that held at the last look, by key.
	firing map[string]bool
	// online is when each screen was last seen online.
	online map[string]time.Time
}

// NewMonitor returns a Monitor; it counts screens it never saw online as
// online when it started, so a restart does not report every screen that
// was off before it.
func NewMonitor(cfg MonitorConfig) *Monitor {
	if cfg.Zone == nil {
		cfg.Zone = time.UTC
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	return &Monitor{cfg: cfg, started: cfg.Now(), firing: map[string]bool{}, online: map[string]time.Time{}}
}

// Tick looks once and notifies the alerts that began to hold since the
// last look. Outside the store's hours it notifies nothing and forgets
// what fired.
func (m *Monitor) Tick(ctx context.Context) error {
	now := m.cfg.Now().In(m.cfg.Zone)
	rules, err := m.cfg.Rules(ctx)
	if err != nil {
		return fmt.Errorf("alert: tick: %w", err)
	}
	f, err := m.cfg.Source.Facts(ctx, now)
	if err != nil {
		return fmt.Errorf("alert: tick: %w", err)
	}
	m.track(f.Screens, now)
	opened, open := OpenSince(rules.Hours, now)
	if !open {
		clear(m.firing)
		return nil
	}
	holding := make(map[string]bool)
	for _, a := range Evaluate(rules, f, opened, now) {
		holding[a.Key] = true
		if m.firing[a.Key] {
			continue
		}
		a.ID = newAlertID()
		m.cfg.Metrics.fired.WithLabelValues(a.Rule).Inc()
		m.cfg.Log.Info("alert", slog.String("rule", a.Rule), slog.String("key", a.Key), slog.String("subject", a.Subject))
		m.cfg.Notify(ctx, a)
	}
	m.firing = holding
	return nil
}

// track remembers when each screen was last online and fills in
// OfflineSince: the latest of that, the screen's last connection, and the
// Monitor's start.
func (m *Monitor) track(screens []Screen, now time.Time) {
	for i := range screens {
		s := &screens[i]
		if s.Online {
			m.online[s.ID] = now
			continue
		}
		s.OfflineSince = later(later(s.OfflineSince, m.online[s.ID]), m.started)
	}
}

// Run ticks every interval until ctx ends, logging failed looks.
func (m *Monitor) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := m.Tick(ctx); err != nil && ctx.Err() == nil {
			m.cfg.Log.Warn("alert: look failed", slog.Any("err", err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

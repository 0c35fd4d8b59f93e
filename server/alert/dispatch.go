package alert

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// Defaults of a Dispatcher: five attempts 2 s, 4 s, 8 s and 16 s apart
// give a receiver half a minute to come back, and an alert is not worth
// much later than that.
const (
	defaultAttempts   = 5
	defaultBackoff    = 2 * time.Second
	defaultMaxBackoff = time.Minute
	defaultQueue      = 256
	// parallel bounds the deliveries in flight, so one receiver that
	// times out does not hold up the others.
	parallel = 8
)

// Config is what a Dispatcher needs; Store is required.
type Config struct {
	Store    *store.Store // webhooks and the delivery log
	StoreURL string       // named in every message: which of many stores
	// Attempts bounds the attempts per alert and webhook (zero: 5);
	// Backoff is the wait before the second (zero: 2 s), doubling up to
	// MaxBackoff (zero: a minute).
	Attempts   int
	Backoff    time.Duration
	MaxBackoff time.Duration
	Queue      int // alerts and webhooks waiting to be delivered (zero: 256)
	// AllowLoopback lets webhooks reach this machine: for tests, whose
	// receivers listen on 127.0.0.1.
	AllowLoopback bool
	Log           *slog.Logger     // nil: discard
	Metrics       *Metrics         // nil: counted for nobody
	Now           func() time.Time // nil: time.Now
}

// Dispatcher delivers alerts to the store's webhooks. Send queues; Run
// delivers; Test sends one message at once.
type Dispatcher struct {
	cfg    Config
	client *http.Client
	jobs   chan job
}

// job is one alert for one webhook.
type job struct {
	w store.Webhook
	a Alert
}

// NewDispatcher returns a Dispatcher; nothing is delivered until Run.
func NewDispatcher(cfg Config) *Dispatcher {
	if cfg.Attempts <= 0 {
		cfg.Attempts = defaultAttempts
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = defaultBackoff
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = defaultMaxBackoff
	}
	if cfg.Queue <= 0 {
		cfg.Queue = defaultQueue
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Dispatcher{cfg: cfg, client: newClient(cfg.AllowLoopback), jobs: make(chan job, cfg.Queue)}
}

// Send queues a for every webhook. It never waits for a receiver: when
// the queue is full the alert is dropped for that webhook, counted and
// logged.
func (d *Dispatcher) Send(ctx context.Context, a Alert) {
	ws, err := d.cfg.Store.Webhooks(ctx)
	if err != nil {
		d.cfg.Log.Error("alert: no webhooks to send to", slog.String("rule", a.Rule), slog.Any("err", err))
		return
	}
	for _, w := range ws {
		select {
		case d.jobs <- job{w, a}:
		default:
			d.cfg.Metrics.deliveries.WithLabelValues(w.Kind, outcomeDropped).Inc()
			d.cfg.Log.Warn("alert: delivery queue full, alert dropped", slog.String("webhook", w.ID), slog.String("rule", a.Rule))
		}
	}
}

// Run delivers what Send queues until ctx ends, then waits for the
// deliveries in flight (their waits and requests end with ctx).
func (d *Dispatcher) Run(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Wait()
	slots := make(chan struct{}, parallel)
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-d.jobs:
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Go(func() {
				defer func() { <-slots }()
				d.deliver(ctx, j)
			})
		}
	}
}

// deliver makes up to Attempts attempts, waiting longer after each
// failure, and logs each.
func (d *Dispatcher) deliver(ctx context.Context, j job) {
	wait := d.cfg.Backoff
	for n := 1; ; n++ {
		res := d.attempt(ctx, j.w, j.a)
		outcome := res.outcome(n < d.cfg.Attempts && ctx.Err() == nil)
		d.record(ctx, j, n, res, outcome)
		if outcome != rest.DeliveryRetrying {
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		wait = min(wait*2, d.cfg.MaxBackoff)
	}
}

// Test sends a test message to the webhook with id at once, one attempt,
// logged like any delivery; store.ErrNotFound if there is no such webhook.
func (d *Dispatcher) Test(ctx context.Context, id string) (rest.Delivery, error) {
	w, err := d.cfg.Store.Webhook(ctx, id)
	if err != nil {
		return rest.Delivery{}, fmt.Errorf("alert: test: %w", err)
	}
	now := d.cfg.Now()
	a := Alert{ID: newAlertID(), Rule: rest.RuleTest, Key: rest.RuleTest, Subject: w.Name,
		Message: "A test from the Storecast console: this webhook works.", Since: now, FiredAt: now}
	res := d.attempt(ctx, w, a)
	return d.record(ctx, job{w, a}, 1, res, res.outcome(false)), nil
}

// record writes one attempt to the delivery log and the metrics, and logs
// a failure, naming the webhook by id and name, never by URL.
func (d *Dispatcher) record(ctx context.Context, j job, n int, res result, outcome string) rest.Delivery {
	del := rest.Delivery{Webhook: j.w.ID, Rule: j.a.Rule, Subject: j.a.Subject, Attempt: n, Outcome: outcome,
		Status: res.status, Error: res.err, Millis: int(res.took / time.Millisecond), At: d.cfg.Now().UTC().Truncate(time.Millisecond)}
	d.cfg.Metrics.deliveries.WithLabelValues(j.w.Kind, outcome).Inc()
	if outcome != rest.DeliveryDelivered {
		d.cfg.Log.Warn("alert: delivery failed", slog.String("webhook", j.w.ID), slog.String("name", j.w.Name),
			slog.String("rule", j.a.Rule), slog.Int("attempt", n), slog.String("outcome", outcome),
			slog.Int("status", res.status), slog.String("err", res.err))
	}
	// The log is written even as the server stops: the attempt was made.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	saved, err := d.cfg.Store.AddDelivery(wctx, del)
	if err != nil {
		d.cfg.Log.Error("alert: delivery log", slog.Any("err", err))
		return del
	}
	return saved
}

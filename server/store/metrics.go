package store

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Metrics counts what the store refuses and fails, and the shoppers'
// actions whose outcome only the store knows.
//
//   - storecast_store_sqlite_errors_total{pool, code}: errors SQLite
//     returned, on the writer or a reader, by primary result code;
//   - storecast_store_overloaded_total: reads refused with ErrOverloaded
//     (no connection within readWait; the API answers 503);
//   - storecast_coupon_claims_total{outcome}: Claim's answers;
//   - storecast_coupon_redemptions_total{outcome}: Redeem's answers (a code
//     that fails its check digits is refused before it reaches the store
//     and shows only as an HTTP request);
//   - storecast_staff_calls_total: calls for staff recorded;
//   - storecast_plays_total{outcome}: proof-of-play records screens sent
//     (anyone may send them): stored, duplicate (stored already: a batch
//     sent again) or dropped (naming content the store does not have).
type Metrics struct {
	sqliteErrors *prometheus.CounterVec
	overloaded   prometheus.Counter
	claims       *prometheus.CounterVec
	redemptions  *prometheus.CounterVec
	staffCalls   prometheus.Counter
	plays        *prometheus.CounterVec
}

// The label values, each a fixed set.
var (
	sqliteCodes = map[int]string{
		sqlite3.SQLITE_BUSY:       "busy",
		sqlite3.SQLITE_LOCKED:     "locked",
		sqlite3.SQLITE_READONLY:   "readonly",
		sqlite3.SQLITE_IOERR:      "ioerr",
		sqlite3.SQLITE_CORRUPT:    "corrupt",
		sqlite3.SQLITE_FULL:       "full",
		sqlite3.SQLITE_CONSTRAINT: "constraint",
	}
	claimOutcomes = []struct {
		err  error
		name string
	}{ // the first that matches names a refusal; ErrEnded before ErrNotClaimable, which it wraps
		{ErrNotFound, "unknown_offer"}, {ErrEnded, "ended"}, {ErrNotClaimable, "not_claimable"},
		{ErrSoldOut, "sold_out"}, {ErrDeviceLimit, "device_limit"},
	}
	redeemOutcomes = []string{"redeemed", "already_redeemed", "expired", "void", "unknown", "error"}
	playOutcomes   = []string{"stored", "duplicate", "dropped"}
)

// NewMetrics declares the store's metrics on reg (none if reg is nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		sqliteErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_store_sqlite_errors_total",
			Help: "Errors SQLite returned, by pool (read, write) and primary result code.",
		}, []string{"pool", "code"}),
		overloaded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storecast_store_overloaded_total",
			Help: "Reads refused because no read connection came free in time (answered 503).",
		}),
		claims: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_coupon_claims_total",
			Help: "Coupon claims by outcome: issued, or why not.",
		}, []string{"outcome"}),
		redemptions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_coupon_redemptions_total",
			Help: "Coupon redemptions at the till by outcome.",
		}, []string{"outcome"}),
		staffCalls: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storecast_staff_calls_total",
			Help: "Calls for staff recorded from kiosks.",
		}),
		plays: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_plays_total",
			Help: "Proof-of-play records screens sent, by outcome: stored, duplicate, dropped (unknown content).",
		}, []string{"outcome"}),
	}
	// Every outcome from the start at 0, so rate() sees the first one.
	m.claims.WithLabelValues("issued")
	m.claims.WithLabelValues("error")
	for _, o := range claimOutcomes {
		m.claims.WithLabelValues(o.name)
	}
	for _, o := range redeemOutcomes {
		m.redemptions.WithLabelValues(o)
	}
	for _, o := range playOutcomes {
		m.plays.WithLabelValues(o)
	}
	if reg != nil {
		reg.MustRegister(m.sqliteErrors, m.overloaded, m.claims, m.redemptions, m.staffCalls, m.plays)
	}
	return m
}

// failed counts err if SQLite returned it (the pool's own refusals and
// the store's sentinels are not SQLite's).
func (m *Metrics) failed(pool string, err error) {
	se, ok := errors.AsType[*sqlite.Error](err)
	if !ok {
		return
	}
	code, ok := sqliteCodes[se.Code()&0xff] // the primary code of an extended one
	if !ok {
		code = "other"
	}
	m.sqliteErrors.WithLabelValues(pool, code).Inc()
}

func (m *Metrics) claimed(err error) {
	switch {
	case err == nil:
		m.claims.WithLabelValues("issued").Inc()
		return
	case errors.Is(err, ErrSerialTaken):
		return // the caller draws another serial: the same claim, not an outcome
	}
	for _, o := range claimOutcomes {
		if errors.Is(err, o.err) {
			m.claims.WithLabelValues(o.name).Inc()
			return
		}
	}
	m.claims.WithLabelValues("error").Inc()
}

func (m *Metrics) redeemed(outcome string) { m.redemptions.WithLabelValues(outcome).Inc() }

func (m *Metrics) played(outcome string, n int) { m.plays.WithLabelValues(outcome).Add(float64(n)) }

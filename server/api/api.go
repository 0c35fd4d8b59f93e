package api

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/server/alert"
	"storecast/server/auth"
	"storecast/server/catalogue"
	"storecast/server/coupon"
	"storecast/server/fleet"
	"storecast/server/markdown"
	"storecast/server/media"
	"storecast/server/points"
	"storecast/server/store"
)

// Config is every dependency of the API. New refuses one that lacks a
// required dependency, so no handler has to check for a missing one.
type Config struct {
	Store     *store.Store      // required
	Media     *media.Library    // required: uploads
	Tokens    *Tokens           // required: the setup tokens (it may hold none)
	Log       *slog.Logger      // required
	Fleet     *fleet.Fleet      // required: pairing, commands and the fleet view
	Codec     *coupon.Codec     // required: coupon codes
	PublicURL string            // required: coupon and enrolment links point here
	Alerts    *alert.Dispatcher // required: webhooks' checks and tests
	Points    *points.Ledger    // required: members and points

	// State is the store's state as screens get it, for the console's
	// live view (GET /api/v1/screens/state); nil: that route answers 404.
	State func(ctx context.Context) (content.Snapshot, error)

	Hasher        *auth.Hasher  // nil: auth.NewHasher(auth.DefaultCost)
	SessionTTL    time.Duration // zero: 12 hours
	SecureCookies bool          // session cookies only over HTTPS: the public URL is https

	// Catalogue applies catalogue feed batches; nil: one of its own
	// without metrics.
	Catalogue *catalogue.Feed
	// ParityMaxAge is how old an online price may be for the kiosk to say
	// a product costs the same online; zero: 24 hours.
	ParityMaxAge time.Duration
	// Markdown is the rule suggesting cuts for lots near their
	// best-before date; no steps: markdown.DefaultRule.
	Markdown markdown.Rule

	// Chain is head office, for a store in a chain; nil for a store on
	// its own, where a chain coupon's code is simply invalid.
	Chain ChainCoupons
	// ChainPoints is head office's ledger of members and points, for a
	// store in a chain (chain.Points); nil: Points, the store's own.
	ChainPoints PointsBook
	// Uplink reports, in a member store, whether its link to head office
	// is up (server/bus's LeafConnected); nil elsewhere.
	Uplink func() bool
	// ChainStale is how long head office waits for a store's heartbeat
	// before it shows the store disconnected; zero: 90 seconds (three of
	// the stores' default heartbeats).
	ChainStale time.Duration
}

// Handler serves the API. Create it with New.
type Handler struct {
	store     *store.Store
	media     *media.Library
	tokens    *Tokens
	log       *slog.Logger
	fleet     *fleet.Fleet
	codec     *coupon.Codec
	chain     ChainCoupons // nil outside a chain
	uplink    func() bool  // nil outside a member store
	stale     time.Duration
	publicURL string // coupon and enrolment links point here
	alerts    *alert.Dispatcher
	points    PointsBook // the store's ledger, or head office's in a chain
	state     func(ctx context.Context) (content.Snapshot, error)
	now       func() time.Time
	feed      *catalogue.Feed
	parityAge time.Duration // how old an online price the kiosk trusts
	markdown  markdown.Rule

	hasher   *auth.Hasher
	logins   *auth.Throttle // failed sign-ins per username
	addrs    *auth.Throttle // failed sign-ins per client address
	secure   bool           // session cookies only over HTTPS
	sessions time.Duration

	claims *auth.Throttle  // coupon claims per client address
	joins  *auth.Throttle  // memberships from phones per client address
	calls  *callLimiter    // kiosks' "call staff" presses per address
	plays  *playBudget     // proof-of-play records per address and screen
	gate   *gate           // anonymous requests worked on at once
	qrs    *coupon.QRCache // coupons' QR codes, drawn once each

	exchanges keyLock   // points exchanges under way, by issuer and exchange id
	links     *linkBook // kiosks' links to members' phones, in memory
}

// New returns the API handler built from c, or says which required
// dependencies c lacks.
func New(c Config) (*Handler, error) {
	var missing []string
	for _, dep := range []struct {
		name string
		nil  bool
	}{
		{"Store", c.Store == nil}, {"Media", c.Media == nil},
		{"Tokens", c.Tokens == nil}, {"Log", c.Log == nil}, {"Fleet", c.Fleet == nil},
		{"Codec", c.Codec == nil}, {"PublicURL", c.PublicURL == ""},
		{"Alerts", c.Alerts == nil}, {"Points", c.Points == nil},
	} {
		if dep.nil {
			missing = append(missing, dep.name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("api: new: config lacks %s", strings.Join(missing, ", "))
	}
	if c.Hasher == nil {
		h, err := auth.NewHasher(auth.DefaultCost)
		if err != nil {
			return nil, fmt.Errorf("api: new: %w", err)
		}
		c.Hasher = h
	}
	if c.ChainStale <= 0 {
		c.ChainStale = 90 * time.Second
	}
	if c.Catalogue == nil {
		c.Catalogue = catalogue.New(c.Store, nil)
	}
	if c.ParityMaxAge <= 0 {
		c.ParityMaxAge = 24 * time.Hour
	}
	if len(c.Markdown.Steps) == 0 {
		c.Markdown = markdown.DefaultRule
	}
	if c.SessionTTL <= 0 {
		c.SessionTTL = 12 * time.Hour
	}
	return &Handler{
		store: c.Store, media: c.Media, tokens: c.Tokens, log: c.Log,
		fleet: c.Fleet, codec: c.Codec, chain: c.Chain, uplink: c.Uplink, stale: c.ChainStale, publicURL: c.PublicURL, state: c.State, alerts: c.Alerts, points: c.pointsBook(), now: time.Now,
		feed: c.Catalogue, parityAge: c.ParityMaxAge, markdown: c.Markdown,
		hasher:   c.Hasher,
		logins:   auth.NewThrottle(5, 15*time.Minute),
		addrs:    auth.NewThrottle(20, 15*time.Minute),
		secure:   c.SecureCookies,
		sessions: c.SessionTTL,
		claims:   auth.NewThrottle(30, time.Minute),
		joins:    auth.NewThrottle(5, time.Hour),
		calls:    newCallLimiter(),
		plays:    newPlayBudget(),
		gate:     newGate(anonSlots, anonWait),
		qrs:      coupon.NewQRCache(1024),
		links:    newLinkBook(),
	}, nil
}

// pointsBook is head office's ledger in a chain store, else the store's.
func (c Config) pointsBook() PointsBook {
	if c.ChainPoints != nil {
		return c.ChainPoints
	}
	return c.Points
}

package api

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/coupon"
	"storecast/server/fleet"
	"storecast/server/media"
	"storecast/server/store"
)

// Publisher sends one change to every screen of a stream.
type Publisher interface {
	Publish(ctx context.Context, stream string, data json.RawMessage) (uint64, error)
}

// Config is every dependency of the API. New refuses one that lacks a
// required dependency, so no handler has to check for a missing one.
type Config struct {
	Store     *store.Store   // required
	Media     *media.Library // required: uploads
	Publisher Publisher      // required: the hub, which sends changes to screens
	Tokens    *Tokens        // required: the setup tokens (it may hold none)
	Log       *slog.Logger   // required
	Fleet     *fleet.Fleet   // required: pairing, commands and the fleet view
	Codec     *coupon.Codec  // required: coupon codes
	// StoreInfo returns the store's signage settings (time zone and its
	// rules, default playlist), as screens get them. Required.
	StoreInfo func(context.Context) (content.StoreInfo, error)
	PublicURL string // required: coupon and enrolment links point here

	Hasher        auth.Hasher   // zero: auth.DefaultHasher
	SessionTTL    time.Duration // zero: 12 hours
	SecureCookies bool          // session cookies only over HTTPS: the public URL is https
}

// Handler serves the API. Create it with New.
type Handler struct {
	store     *store.Store
	media     *media.Library
	pub       Publisher
	tokens    *Tokens
	log       *slog.Logger
	fleet     *fleet.Fleet
	codec     *coupon.Codec
	storeInfo func(context.Context) (content.StoreInfo, error)
	publicURL string // coupon and enrolment links point here
	now       func() time.Time

	hasher   auth.Hasher
	logins   *auth.Throttle // failed sign-ins per username
	addrs    *auth.Throttle // failed sign-ins per client address
	secure   bool           // session cookies only over HTTPS
	sessions time.Duration

	claims *auth.Throttle // coupon claims per client address
	calls  *callLimiter   // kiosks' "call staff" presses per address

	// mu makes "write to the store, then publish" one step, so two changes
	// to one promotion reach screens in the order the database saw them.
	mu sync.Mutex
}

// New returns the API handler built from c, or says which required
// dependencies c lacks.
func New(c Config) (*Handler, error) {
	var missing []string
	for _, dep := range []struct {
		name string
		nil  bool
	}{
		{"Store", c.Store == nil}, {"Media", c.Media == nil}, {"Publisher", c.Publisher == nil},
		{"Tokens", c.Tokens == nil}, {"Log", c.Log == nil}, {"Fleet", c.Fleet == nil},
		{"Codec", c.Codec == nil}, {"StoreInfo", c.StoreInfo == nil}, {"PublicURL", c.PublicURL == ""},
	} {
		if dep.nil {
			missing = append(missing, dep.name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("api: new: config lacks %s", strings.Join(missing, ", "))
	}
	if c.Hasher.Cost == 0 {
		c.Hasher = auth.DefaultHasher
	}
	if c.SessionTTL <= 0 {
		c.SessionTTL = 12 * time.Hour
	}
	return &Handler{
		store: c.Store, media: c.Media, pub: c.Publisher, tokens: c.Tokens, log: c.Log,
		fleet: c.Fleet, codec: c.Codec, storeInfo: c.StoreInfo, publicURL: c.PublicURL, now: time.Now,
		hasher:   c.Hasher,
		logins:   auth.NewThrottle(5, 15*time.Minute),
		addrs:    auth.NewThrottle(20, 15*time.Minute),
		secure:   c.SecureCookies,
		sessions: c.SessionTTL,
		claims:   auth.NewThrottle(30, time.Minute),
		calls:    newCallLimiter(),
	}, nil
}

// publish sends an event for a change that is already committed. A failure
// here is logged, not returned: the change stands, and screens that miss it
// catch up from the next snapshot.
func (h *Handler) publish(ctx context.Context, e content.Event) {
	b, err := json.Marshal(e)
	if err == nil {
		_, err = h.pub.Publish(ctx, content.StreamStore, b)
	}
	if err != nil {
		h.log.Error("api: publish", slog.String("op", e.Op), slog.Any("err", err))
	}
}

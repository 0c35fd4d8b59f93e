package api

import (
	"context"
	"encoding/json"
	"log/slog"
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

// Handler serves the API. Create it with New.
type Handler struct {
	store  *store.Store
	media  *media.Library
	pub    Publisher
	tokens *Tokens
	log    *slog.Logger
	now    func() time.Time

	// Staff accounts and screens; see UseStaff.
	fleet    *fleet.Fleet
	hasher   auth.Hasher
	logins   *auth.Throttle // failed sign-ins per username
	addrs    *auth.Throttle // failed sign-ins per client address
	secure   bool           // session cookies only over HTTPS
	sessions time.Duration

	// Coupons; see UseCoupons.
	codec     *coupon.Codec
	publicURL string         // coupon and enrolment links point here
	claims    *auth.Throttle // claims per client address

	// Signage; see UseSignage.
	storeInfo func(context.Context) (content.StoreInfo, error)

	calls *callLimiter // kiosks' "call staff" presses per address

	// mu makes "write to the store, then publish" one step, so two changes
	// to one promotion reach screens in the order the database saw them.
	mu sync.Mutex
}

// New returns the API handler.
func New(st *store.Store, lib *media.Library, pub Publisher, tokens *Tokens, log *slog.Logger) *Handler {
	return &Handler{
		store: st, media: lib, pub: pub, tokens: tokens, log: log, now: time.Now,
		hasher:   auth.DefaultHasher,
		logins:   auth.NewThrottle(5, 15*time.Minute),
		addrs:    auth.NewThrottle(20, 15*time.Minute),
		sessions: 12 * time.Hour,
		calls:    newCallLimiter(),
	}
}

// StaffOptions configures staff sign-in and the fleet endpoints.
type StaffOptions struct {
	Fleet         *fleet.Fleet
	Hasher        auth.Hasher   // zero: auth.DefaultHasher
	SecureCookies bool          // the public URL is https
	SessionTTL    time.Duration // zero: 12 hours
	PublicURL     string        // enrolment links point here
}

// UseStaff turns on staff accounts, screens and overrides.
func (h *Handler) UseStaff(o StaffOptions) {
	h.fleet = o.Fleet
	if o.Hasher.Cost != 0 {
		h.hasher = o.Hasher
	}
	h.secure = o.SecureCookies
	if o.PublicURL != "" {
		h.publicURL = o.PublicURL
	}
	if o.SessionTTL > 0 {
		h.sessions = o.SessionTTL
	}
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

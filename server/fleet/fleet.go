package fleet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/hub"
	"storecast/server/store"
)

// Errors callers tell apart.
var (
	ErrBadCode     = errors.New("that pairing code is unknown or has expired; read the code on the screen again")
	ErrScreenGone  = errors.New("the screen showing that code is no longer connected; reload it and use its new code")
	ErrOffline     = errors.New("the screen is not connected")
	ErrRevoked     = errors.New("fleet: device token unknown or revoked")
	ErrTooManyWait = errors.New("fleet: too many screens waiting to be paired")
)

// PairingTTL is how long a pairing code is valid.
const PairingTTL = 10 * time.Minute

// maxPending bounds the codes held in memory against a flood of hellos.
const maxPending = 10_000

// Hub is what the fleet needs of the WebSocket hub.
type Hub interface {
	Send(id string, env content.Envelope) int
	Disconnect(id string, code int, reason string) int
	Connections() []hub.Connection
}

// Fleet pairs and tracks screens. Set Hub before serving.
type Fleet struct {
	Hub            Hub
	RequirePairing bool // no anonymous screens: every screen must be paired
	Now            func() time.Time

	store *store.Store
	log   *slog.Logger
	// enrolTries counts refused enrolment links per address, so nobody
	// can guess links at the speed of a WebSocket.
	enrolTries *auth.Throttle

	mu      sync.Mutex
	pending map[string]pending // by code
}

type pending struct {
	id      string // the waiting screen's id in the hub (pendingID)
	kind    string
	expires time.Time
	timer   *time.Timer
}

// New returns a fleet over st.
func New(st *store.Store, log *slog.Logger) *Fleet {
	return &Fleet{store: st, log: log, Now: time.Now, pending: map[string]pending{},
		enrolTries: auth.NewThrottle(EnrolMaxRefused, EnrolRefusedWindow)}
}

// pendingID names a screen waiting to be paired in the hub, which logs
// screens by id: random, so the code (a secret while it is valid, and
// never listed) stays on the screen and out of the logs.
func pendingID() string { return "pairing:" + store.NewID() }

// Authenticate is the hub's Authenticator.
func (f *Fleet) Authenticate(ctx context.Context, h content.Hello) (hub.Screen, error) {
	if h.Enrol != "" {
		return f.enrol(ctx, h)
	}
	if h.Token != "" {
		sc, err := f.store.ScreenByToken(ctx, auth.HashSecret(h.Token))
		if errors.Is(err, store.ErrNotFound) {
			return hub.Screen{}, ErrRevoked
		}
		if err != nil {
			return hub.Screen{}, err
		}
		if err := f.store.SeenScreen(ctx, sc.ID, h.App); err != nil {
			f.log.Warn("fleet: record screen seen", slog.String("screen", sc.ID), slog.Any("err", err))
		}
		w := content.NewEnvelope(content.TypeWelcome, content.Welcome{Screen: &content.ScreenInfo{
			ID: sc.ID, Name: sc.Name, Kind: sc.Kind, Groups: sc.Groups,
		}})
		return hub.Screen{ID: sc.ID, Kind: sc.Kind, Groups: sc.Groups, Stream: content.StreamStore, Welcome: &w}, nil
	}
	if !f.RequirePairing && !h.Pair {
		return hub.Screen{Kind: h.Kind, Stream: content.StreamStore}, nil
	}
	return f.waitForPairing(h.Kind, "")
}

// waitForPairing parks a screen with a new pairing code; enrolError says
// why it is not enrolled by the link it came with, if it came with one.
func (f *Fleet) waitForPairing(kind, enrolError string) (hub.Screen, error) {
	code, id, err := f.newPending(kind)
	if err != nil {
		return hub.Screen{}, err
	}
	w := content.NewEnvelope(content.TypeWelcome, content.Welcome{Pairing: &content.Pairing{
		Code: code, ExpiresIn: int(PairingTTL / time.Second),
	}, EnrolError: enrolError})
	return hub.Screen{ID: id, Kind: kind, Parked: true, Welcome: &w}, nil
}

func (f *Fleet) newPending(kind string) (code, id string, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.pending) >= maxPending {
		return "", "", ErrTooManyWait
	}
	code = NewCode()
	for _, taken := f.pending[code]; taken; _, taken = f.pending[code] {
		code = NewCode()
	}
	id = pendingID()
	// An expired code is replaced by reconnecting the screen, which then
	// gets a fresh one: no screen shows a dead code.
	timer := time.AfterFunc(PairingTTL, func() { f.expire(code) })
	f.pending[code] = pending{id: id, kind: kind, expires: f.Now().Add(PairingTTL), timer: timer}
	return code, id, nil
}

func (f *Fleet) expire(code string) {
	f.mu.Lock()
	p, ok := f.pending[code]
	delete(f.pending, code)
	f.mu.Unlock()
	if ok && f.Hub != nil {
		f.Hub.Disconnect(p.id, content.CloseResume, "pairing code expired")
	}
}

// take removes and returns a live pending code: each code pairs once.
func (f *Fleet) take(code string) (pending, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.pending[code]
	if !ok {
		return pending{}, false
	}
	delete(f.pending, code)
	p.timer.Stop()
	if !f.Now().Before(p.expires) {
		return pending{}, false
	}
	return p, true
}

// Pair turns the screen showing code into a paired screen named name in
// groups, and hands it its device token over its open connection.
func (f *Fleet) Pair(ctx context.Context, code, name, kind string, groups []string) (store.Screen, error) {
	code, ok := NormalizeCode(code)
	if !ok {
		return store.Screen{}, ErrBadCode
	}
	p, ok := f.take(code)
	if !ok {
		return store.Screen{}, ErrBadCode
	}
	if kind == "" {
		kind = p.kind
	}
	token := auth.NewSecret("scd_")
	sc, err := f.store.CreateScreen(ctx, store.Screen{Name: name, Kind: kind, Groups: groups}, auth.HashSecret(token))
	if err != nil {
		return store.Screen{}, fmt.Errorf("fleet: pair: %w", err)
	}
	if f.Hub.Send(p.id, content.NewEnvelope(content.TypeEnrolled, content.Enrolled{Token: token})) == 0 {
		// Nobody holds the token: take the screen back rather than leave
		// a paired screen that can never connect.
		_ = f.store.RevokeScreen(ctx, sc.ID)
		return store.Screen{}, ErrScreenGone
	}
	// The screen closes and reconnects with its token itself: closing it
	// from here could cut the token off before it is written.
	return sc, nil
}

// Revoke stops a screen's token and disconnects it at once; it returns to
// the pairing view.
func (f *Fleet) Revoke(ctx context.Context, id string) error {
	if err := f.store.RevokeScreen(ctx, id); err != nil {
		return err
	}
	f.Hub.Disconnect(id, content.CloseReEnrol, "revoked: pair this screen again")
	return nil
}

// Command sends a staff command to a connected screen.
func (f *Fleet) Command(ctx context.Context, id string, cmd content.Command) error {
	if f.Hub.Send(id, content.NewEnvelope(content.TypeCommand, cmd)) == 0 {
		return ErrOffline
	}
	return f.store.Audit(ctx, "screen.command", id, cmd.Name)
}

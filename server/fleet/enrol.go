package fleet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/hub"
	"storecast/server/store"
)

// Enrolment links: how long one is valid unless the admin says otherwise,
// and the longest allowed.
const (
	EnrolTTL    = 24 * time.Hour
	EnrolMaxTTL = 7 * 24 * time.Hour
)

// After EnrolMaxRefused refused links from one address within
// EnrolRefusedWindow, that address's links are not even looked at until
// the window has passed since the last refusal. Links hold 256 random
// bits, so this is about log noise and load more than guessing.
const (
	EnrolMaxRefused    = 10
	EnrolRefusedWindow = 15 * time.Minute
)

// enrolPrefix marks link tokens, so a leaked one is recognisable in a scan
// and a malformed one is refused without asking the database.
const enrolPrefix = "sce_"

// enrolTokenLen is the length of NewLinkToken's tokens.
var enrolTokenLen = len(NewLinkToken())

// ErrBadTTL is a link validity outside (0, EnrolMaxTTL].
var ErrBadTTL = errors.New("fleet: an enrolment link is valid for up to 7 days")

// NewLinkToken returns a random enrolment link token (256 bits). The
// caller turns it into the URL and QR code it shows before CreateLink
// stores its hash, so a link is never stored that could not be shown.
func NewLinkToken() string { return auth.NewSecret(enrolPrefix) }

// CreateLink stores the one-time enrolment link holding token, for a
// screen named name, of kind, in groups, valid for ttl. The token itself
// is not stored.
func (f *Fleet) CreateLink(ctx context.Context, token, name, kind string, groups []string, ttl time.Duration) (store.EnrolmentLink, error) {
	if ttl <= 0 || ttl > EnrolMaxTTL {
		return store.EnrolmentLink{}, ErrBadTTL
	}
	if !wellFormedLink(token) {
		return store.EnrolmentLink{}, errors.New("fleet: create link: not a token from NewLinkToken")
	}
	l, err := f.store.CreateEnrolmentLink(ctx, store.EnrolmentLink{Name: name, Kind: kind, Groups: groups}, ttl, auth.HashSecret(token))
	if err != nil {
		return store.EnrolmentLink{}, fmt.Errorf("fleet: create link: %w", err)
	}
	return l, nil
}

// enrol makes the screen saying hello the one its link describes and
// hands it a device token. A refused link (or an address that has had too
// many refused) gets a pairing code instead, with the reason to show.
func (f *Fleet) enrol(ctx context.Context, h content.Hello) (hub.Screen, error) {
	remote := hub.Remote(ctx)
	addr := hostOf(remote)
	if locked, _ := f.enrolTries.Locked(addr); locked {
		f.log.Warn("fleet: enrolment link not tried: too many refused from this address", slog.String("remote", remote))
		return f.waitForPairing(h.Kind, content.EnrolThrottled)
	}
	if !wellFormedLink(h.Enrol) {
		return f.refuseLink(h.Kind, addr, remote)
	}
	token := auth.NewSecret("scd_")
	ctx = store.WithActor(ctx, "screen")
	l, sc, err := f.store.RedeemEnrolmentLink(ctx, auth.HashSecret(h.Enrol), h.Kind, auth.HashSecret(token), remote)
	if errors.Is(err, store.ErrNotFound) {
		return f.refuseLink(h.Kind, addr, remote)
	}
	if err != nil {
		return hub.Screen{}, fmt.Errorf("fleet: enrol: %w", err)
	}
	f.log.Info("fleet: screen enrolled by link", slog.String("link", l.ID), slog.String("screen", sc.ID),
		slog.String("name", sc.Name), slog.String("remote", remote))
	// The screen stores its token and comes back with it at once, as after
	// pairing by code.
	w := content.NewEnvelope(content.TypeEnrolled, content.Enrolled{Token: token})
	undo := context.WithoutCancel(ctx)
	return hub.Screen{ID: "enrolling:" + sc.ID, Kind: sc.Kind, Parked: true, Welcome: &w, Unsent: func() {
		// Nobody holds the token: give the link back rather than leave a
		// used link and a screen that can never connect.
		if err := f.store.UndoEnrolment(undo, l.ID, sc.ID); err != nil {
			f.log.Error("fleet: undo enrolment", slog.String("link", l.ID), slog.Any("err", err))
		}
	}}, nil
}

func (f *Fleet) refuseLink(kind, addr, remote string) (hub.Screen, error) {
	f.enrolTries.Fail(addr)
	f.log.Info("fleet: enrolment link refused", slog.String("remote", remote))
	return f.waitForPairing(kind, content.EnrolRefused)
}

func wellFormedLink(token string) bool {
	return len(token) == enrolTokenLen && strings.HasPrefix(token, enrolPrefix)
}

// hostOf drops the port: a screen reconnecting from a new port is still
// the same address.
func hostOf(remote string) string {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		return remote
	}
	return host
}

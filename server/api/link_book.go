package api

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"regexp"
	"sync"
	"time"
)

// A kiosk without a scanner links a member's phone by showing a QR code
// of a link session; the phone confirms it with its card and the kiosk,
// asking every second, gets the member's code. The sessions live in
// memory, not in SQLite: each lasts two minutes and is worth nothing
// after, so one lost in a restart costs the shopper a rescan, and
// nothing about a member is ever written down for it.

const (
	linkTTL = 2 * time.Minute
	// linkCap bounds the sessions kept at once; creating them counts as a
	// claim (30 a minute per address), so reaching it takes many networks.
	linkCap = 4096
)

var (
	errLinkUnknown = errors.New("no such link")
	errLinkGone    = errors.New("this link has expired or was used")
	errLinkFull    = errors.New("too many links under way; try again in a minute")
)

// linkIDRE is the shape of a link id: 16 random bytes, base64url.
var linkIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{22}$`)

// kioskLink is one session: the kiosk (device) that asked for it, when it
// ends, and the member code a phone gave it.
type kioskLink struct {
	device  string
	expires time.Time
	code    string // "" until a phone confirms
	taken   bool   // the kiosk read code: the link is done
}

// linkBook holds the link sessions under one mutex; no I/O happens under
// it. Sessions stay a further TTL after they end so that a late phone
// hears "expired" (410) rather than "unknown" (404).
type linkBook struct {
	mu    sync.Mutex
	links map[string]*kioskLink
}

func newLinkBook() *linkBook { return &linkBook{links: map[string]*kioskLink{}} }

// open starts a session for device at now and returns its id.
func (b *linkBook) open(device string, now time.Time) (string, time.Time, error) {
	raw := make([]byte, 16)
	rand.Read(raw) // never fails (crypto/rand since Go 1.24)
	id := base64.RawURLEncoding.EncodeToString(raw)
	expires := now.Add(linkTTL)
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, l := range b.links {
		if now.After(l.expires.Add(linkTTL)) {
			delete(b.links, k)
		}
	}
	if len(b.links) >= linkCap {
		return "", time.Time{}, errLinkFull
	}
	b.links[id] = &kioskLink{device: device, expires: expires}
	return id, expires, nil
}

// usable says whether a phone may still confirm id at now.
func (b *linkBook) usable(id string, now time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, err := b.find(id, now)
	return err
}

// confirm gives id the member code of the phone that confirmed it; a
// session is confirmed once.
func (b *linkBook) confirm(id, code string, now time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	l, err := b.find(id, now)
	if err != nil {
		return err
	}
	l.code = code
	return nil
}

// poll answers device's question about its session id: the member code
// once a phone confirmed it ("" before), which ends the session.
func (b *linkBook) poll(id, device string, now time.Time) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	l, ok := b.links[id]
	switch {
	case !ok || l.device != device: // another kiosk's session is none of this one's
		return "", errLinkUnknown
	case l.taken:
		return "", errLinkGone
	case l.code != "":
		l.taken = true
		return l.code, nil
	case now.After(l.expires):
		return "", errLinkGone
	}
	return "", nil
}

// find is the session id still open to a phone at now; b.mu is held.
func (b *linkBook) find(id string, now time.Time) (*kioskLink, error) {
	l, ok := b.links[id]
	switch {
	case !ok:
		return nil, errLinkUnknown
	case l.code != "" || now.After(l.expires):
		return nil, errLinkGone
	}
	return l, nil
}

package store

import (
	"context"
	"errors"
	"strings"
	"time"

	"storecast/app/content"
)

// ChainRole is what a store's database does in a chain of stores
// (docs/architecture.md, "A chain of stores"). It decides what the outbox carries besides the live
// feed.
type ChainRole int

const (
	// Standalone: a single store, the default. Nothing leaves the store.
	Standalone ChainRole = iota
	// Member: a store in a chain. What shoppers and staff do (plays,
	// claims, redemptions, staff calls) is also written to the outbox of
	// stream StreamUp, for head office.
	Member
	// HeadOffice: head office. Every change of chain content (promotions,
	// campaigns, playlists, schedules, overrides) is also written to the
	// outbox of stream StreamChain, with the stores it targets.
	HeadOffice
)

// The outbox streams of a chain, beside the live feed's.
const (
	StreamUp    = "up"    // a store's reports to head office
	StreamChain = "chain" // head office's content for the stores
)

// SetChainRole says what this database does in a chain. Call it before the
// Store is shared.
func (s *Store) SetChainRole(r ChainRole) { s.role = r }

// ChainRole is what this database does in a chain.
func (s *Store) ChainRole() ChainRole { return s.role }

// String names the role as the API and the logs show it.
func (r ChainRole) String() string {
	switch r {
	case Member:
		return "member"
	case HeadOffice:
		return "hq"
	default:
		return "standalone"
	}
}

// ErrFromHQ refuses a store's change to an item head office sent: the
// store holds it read-only (a trigger in the database enforces it).
var ErrFromHQ = errors.New("this item comes from head office and is read-only in the store; head office changes it for every store")

// fromHQ turns the database's refusal into ErrFromHQ.
func fromHQ(err error) error {
	if err != nil && strings.Contains(err.Error(), "storecast: a head office item") {
		return errors.Join(ErrFromHQ, err)
	}
	return err
}

// targetsKey carries the targets head office's staff gave a change.
type targetsKey struct{}

// WithTargets returns ctx carrying t, the stores the changes made with it
// go to. At head office every chain item keeps the targets it was last
// given; a change made without any keeps the item's (every store for a
// new one).
func WithTargets(ctx context.Context, t content.Targets) context.Context {
	return context.WithValue(ctx, targetsKey{}, t)
}

func targetsFrom(ctx context.Context) (content.Targets, bool) {
	t, ok := ctx.Value(targetsKey{}).(content.Targets)
	return t, ok
}

// originKey names the store a change at head office was made for (a chain
// coupon claimed or redeemed there), so head office counts it as that
// store's.
type originKey struct{}

// ForStore returns ctx naming the store the changes made with it are for.
func ForStore(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, originKey{}, id)
}

// countUp reports that n of kind happened: a member writes it to its
// uplink; head office, acting for a store (ForStore), counts it for that
// store at once. A standalone store does nothing.
func (t *Tx) countUp(kind string, n int) error {
	if n == 0 {
		return nil
	}
	switch t.s.role {
	case Member:
		return t.Emit(StreamUp, content.UpEvent{Kind: kind, Day: t.s.today(), N: n})
	case HeadOffice:
		if id, ok := t.ctx.Value(originKey{}).(string); ok && id != "" {
			return addCount(t, id, t.s.today(), kind, n)
		}
	}
	return nil
}

// today is the store's date now, on its own clock.
func (s *Store) today() string {
	return s.now().In(s.location()).Format(time.DateOnly)
}

// location is the store's time zone, UTC when it has none.
func (s *Store) location() *time.Location {
	if l, err := time.LoadLocationFromTZData(s.zone, s.zoneRules); err == nil && s.zoneRules != nil {
		return l
	} else if l, err := time.LoadLocation(s.zone); err == nil {
		return l // the rules were not found at start; the system's, if any
	}
	return time.UTC
}

// Today is the store's date now (YYYY-MM-DD) in its own zone: the day
// daily caps count in.
func (s *Store) Today() string { return s.today() }

package alert

import (
	"context"
	"fmt"
	"time"

	"storecast/server/fleet"
	"storecast/server/store"
)

// callsWithin bounds the calls for staff alerts look at: one older than
// this was dealt with, whether or not anyone pressed "taken".
const callsWithin = 2 * time.Hour

// StoreSource gathers Facts from the store, the fleet's live connections
// and the data directory's disk.
type StoreSource struct {
	Store   *store.Store
	Fleet   *fleet.Fleet
	DataDir string
}

var _ Source = (*StoreSource)(nil)

// Facts reads everything the rules look at.
func (s *StoreSource) Facts(ctx context.Context, now time.Time) (Facts, error) {
	var f Facts
	v, err := s.Fleet.View(ctx)
	if err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	for _, sv := range v.Screens {
		if sv.RevokedAt != nil {
			continue
		}
		sc := Screen{ID: sv.ID, Name: sv.Name, Groups: sv.Groups, Online: sv.Online, Status: sv.Status}
		if sv.LastSeen != nil {
			sc.OfflineSince = *sv.LastSeen
		}
		f.Screens = append(f.Screens, sc)
	}
	if f.StaffCalls, err = s.Store.OpenStaffCalls(ctx, now.Add(-callsWithin), 100); err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	if f.Campaigns, err = s.Store.Campaigns(ctx, true); err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	power, err := s.Store.Power(ctx)
	if err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	if len(power.Schedules) > 0 {
		f.Power = &power
	}
	if f.Parity, err = s.parity(ctx); err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	if f.Disk, err = diskOf(s.DataDir); err != nil {
		return f, fmt.Errorf("alert: facts: %w", err)
	}
	return f, nil
}

// parityNamed is how many mismatched products an alert names.
const parityNamed = 5

func (s *StoreSource) parity(ctx context.Context) (Parity, error) {
	ms, n, err := s.Store.ParityMismatches(ctx, parityNamed)
	if err != nil || n == 0 {
		return Parity{}, err
	}
	p := Parity{Count: n, Since: ms[0].Since}
	for _, m := range ms {
		p.Oldest = append(p.Oldest, m.SKU)
	}
	return p, nil
}

package content

import (
	"fmt"
	"slices"
	"time"
)

// Override severities.
const (
	SeverityInfo      = "info"
	SeverityUrgent    = "urgent"
	SeverityEmergency = "emergency"
)

// Override is an urgent or emergency message that preempts everything on
// the screens it targets until it is cleared or expires.
type Override struct {
	ID        string    `json:"id"`
	Message   Text      `json:"message"`
	Severity  string    `json:"severity"`
	Groups    []string  `json:"groups,omitempty"` // empty: every screen of the store
	ExpiresAt time.Time `json:"expires_at"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
	// FromHQ says head office sent it: a store of a chain holds it
	// read-only, and changing it answers 409 from_hq. It is read from
	// the store, never taken from a request.
	FromHQ bool `json:"from_hq,omitempty"`
}

// Limits on overrides.
const (
	MaxOverrideRunes = 500
	MaxOverrideTTL   = 7 * 24 * time.Hour
	MaxGroups        = 32
	MaxGroupRunes    = 40
)

// Validate checks an override as staff wrote it, at time now.
func (o *Override) Validate(now time.Time) error {
	if err := validText("message", o.Message, MaxOverrideRunes, true); err != nil {
		return err
	}
	switch o.Severity {
	case SeverityInfo, SeverityUrgent, SeverityEmergency:
	default:
		return &FieldError{"severity", fmt.Sprintf("must be %s, %s or %s", SeverityInfo, SeverityUrgent, SeverityEmergency)}
	}
	if !o.ExpiresAt.After(now) {
		return &FieldError{"expires_at", "must be in the future"}
	}
	if o.ExpiresAt.Sub(now) > MaxOverrideTTL {
		return &FieldError{"expires_at", "must be within 7 days"}
	}
	return ValidGroups("groups", o.Groups)
}

// Targets reports whether the override is for a screen in groups.
func (o *Override) Targets(groups []string) bool {
	if len(o.Groups) == 0 {
		return true
	}
	for _, g := range o.Groups {
		if slices.Contains(groups, g) {
			return true
		}
	}
	return false
}

// ActiveOverride returns the override a screen in groups must show at now:
// the most severe, then the newest. Nil when none applies.
func (s *Snapshot) ActiveOverride(now time.Time, groups []string) *Override {
	var best *Override
	for i := range s.Overrides {
		o := &s.Overrides[i]
		if !now.Before(o.ExpiresAt) || !o.Targets(groups) {
			continue
		}
		if best == nil || severityRank(o.Severity) > severityRank(best.Severity) ||
			severityRank(o.Severity) == severityRank(best.Severity) && o.CreatedAt.After(best.CreatedAt) {
			best = o
		}
	}
	return best
}

func severityRank(s string) int {
	switch s {
	case SeverityEmergency:
		return 2
	case SeverityUrgent:
		return 1
	}
	return 0
}

package content

import (
	"slices"
	"strings"
	"time"
)

// Limits on store events.
const (
	MaxPlaceRunes = 80
	MaxEventSpan  = 31 * 24 * time.Hour
)

// StoreEvent is something happening in the store: a tasting, a class, a
// market. It is shown on kiosks until it ends.
type StoreEvent struct {
	ID        string    `json:"id"`
	Title     Text      `json:"title"`
	Body      Text      `json:"body,omitempty"`
	Place     Text      `json:"place,omitempty"`
	StartsAt  time.Time `json:"starts_at"`
	EndsAt    time.Time `json:"ends_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks an event as staff wrote it.
func (e *StoreEvent) Validate() error {
	if len(e.Title) == 0 {
		return &FieldError{"title", "at least one locale needs a title"}
	}
	if err := validText("title", e.Title, MaxTitleRunes, true); err != nil {
		return err
	}
	if err := validText("body", e.Body, MaxBodyRunes, false); err != nil {
		return err
	}
	if err := validText("place", e.Place, MaxPlaceRunes, false); err != nil {
		return err
	}
	if e.StartsAt.IsZero() {
		return &FieldError{"starts_at", "is required"}
	}
	if err := checkTimes([]string{"starts_at", "ends_at"}, &e.StartsAt, &e.EndsAt); err != nil {
		return err
	}
	if !e.EndsAt.After(e.StartsAt) {
		return &FieldError{"ends_at", "must be after starts_at"}
	}
	if e.EndsAt.Sub(e.StartsAt) > MaxEventSpan {
		return &FieldError{"ends_at", "an event lasts at most 31 days"}
	}
	return nil
}

// SortEvents orders events as the kiosk lists them: soonest first.
func SortEvents(es []StoreEvent) {
	slices.SortStableFunc(es, func(a, b StoreEvent) int {
		if c := a.StartsAt.Compare(b.StartsAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

package alert

import (
	"context"
	"time"

	"storecast/app/content"
)

// Facts are what the rules look at, gathered at one moment.
type Facts struct {
	Screens    []Screen
	StaffCalls []content.StaffCall // unanswered calls
	Campaigns  []content.Campaign  // live campaigns
	Disk       Disk
	Power      *content.Power // the screens' opening hours by group; nil: none set
	Parity     Parity
}

// Parity is the products whose channel prices differ from the price in
// store: how many, the longest-standing few, and since when the oldest.
type Parity struct {
	Count  int
	Oldest []string  // SKUs, longest-standing first
	Since  time.Time // zero when Count is 0
}

// Screen is a paired screen as alerts see it.
type Screen struct {
	ID     string
	Name   string
	Groups []string // its groups, for its power schedule
	Online bool
	Status content.Status // what it last reported while online
	// OfflineSince is when it was last known online (the Monitor fills
	// it in from what it saw; a Source gives the last connection time).
	OfflineSince time.Time
}

// Disk is the data directory's filesystem, in bytes; Total 0 is unknown.
type Disk struct {
	Free, Total uint64
}

// Source gathers the Facts.
type Source interface {
	Facts(ctx context.Context, now time.Time) (Facts, error)
}

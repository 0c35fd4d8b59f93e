package rest

import (
	"time"

	"storecast/app/content"
)

// Screen is a paired kiosk or signage screen (the answer to pairing or
// changing one).
type Screen struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Kind       string     `json:"kind"`
	Groups     []string   `json:"groups"`
	CreatedAt  time.Time  `json:"created_at"`
	LastSeen   *time.Time `json:"last_seen,omitempty"`
	AppVersion string     `json:"app_version,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// FleetScreen is one paired screen with its live connection, if any.
type FleetScreen struct {
	Screen
	Online bool           `json:"online"`
	Since  *time.Time     `json:"online_since,omitempty"`
	Status content.Status `json:"status"`
}

// Fleet is GET /screens: every paired screen now, and how many others are
// connected. Waiting screens are counted, never listed with their codes.
type Fleet struct {
	Screens   []FleetScreen `json:"screens"`
	Anonymous int           `json:"anonymous"` // connected without pairing
	Waiting   int           `json:"waiting"`   // showing a pairing code
}

// ScreenInput pairs a screen by the code it shows (POST /screens), or
// renames and regroups one (PUT /screens/{id}, no code).
type ScreenInput struct {
	Code   string   `json:"code,omitempty"`
	Name   string   `json:"name"`
	Kind   string   `json:"kind,omitempty"`
	Groups []string `json:"groups"`
}

// ScreenCommand is POST /screens/{id}/commands: content.CommandReload or
// content.CommandIdentify.
type ScreenCommand struct {
	Name string `json:"name"`
}

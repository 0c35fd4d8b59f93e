package rest

import (
	"time"

	"storecast/app/content"
)

// DefaultPlaylist names what plays when no schedule is active (PUT
// /signage/default; "" for none).
type DefaultPlaylist struct {
	Playlist string `json:"playlist"`
}

// Preview is GET /signage/preview: the playlist a screen plays at a time,
// nil when nothing does.
type Preview struct {
	At       time.Time         `json:"at"`
	Playlist *content.Playlist `json:"playlist"`
	TimeZone string            `json:"time_zone"`
}

// Play is one slide shown on one screen: a record of proof of play. The
// screen makes its id, so a batch sent again is stored once.
type Play struct {
	ID string `json:"id"`
	// Screen is the server's: it records the screen that sent the batch,
	// whatever the record says.
	Screen    string    `json:"screen,omitempty"`
	Playlist  string    `json:"playlist"`
	Slide     string    `json:"slide"`
	Kind      string    `json:"kind"`
	Ref       string    `json:"ref,omitempty"` // promotion or campaign id
	StartedAt time.Time `json:"started_at"`
	Ms        int64     `json:"ms"`
	Error     string    `json:"error,omitempty"` // e.g. the media failed to load and was skipped
}

// MaxPlayBatch is the most records one POST /plays may carry: the server
// refuses a longer batch, and screens send no longer ones.
const MaxPlayBatch = 500

// PlayBatch is POST /plays: records from one screen, known by its device
// token or, unpaired, by Install.
type PlayBatch struct {
	Install string `json:"install"`
	Plays   []Play `json:"plays"`
}

// PlaysStored is the answer to a batch: how many records came, how many
// were new, and how many were dropped because they name content the
// store does not have (a playlist, slide, promotion or campaign, or a kind
// of slide). Dropped records are not stored and need not be sent again.
type PlaysStored struct {
	Received int `json:"received"`
	Stored   int `json:"stored"`
	Dropped  int `json:"dropped"`
}

// PlayRow is plays of one slide on one screen on one day.
type PlayRow struct {
	Day     string `json:"day"` // YYYY-MM-DD in the store's zone
	Screen  string `json:"screen"`
	Kind    string `json:"kind"`
	Ref     string `json:"ref,omitempty"`
	Slide   string `json:"slide"`
	Plays   int    `json:"plays"`
	Seconds int64  `json:"seconds"`
	Errors  int    `json:"errors"`
}

// PlayReport is GET /plays/report (as JSON).
type PlayReport struct {
	Plays []PlayRow `json:"plays"`
}

package content

import (
	"encoding/json"
	"fmt"
)

// Welcome is the data of the first frame a screen gets: either who it is
// (a paired screen), or the pairing code to show while it waits.
type Welcome struct {
	Screen  *ScreenInfo `json:"screen,omitempty"`
	Pairing *Pairing    `json:"pairing,omitempty"`
	// EnrolError says why the enrolment link in the hello was refused
	// (the screen then got a pairing code instead): EnrolRefused or
	// EnrolThrottled.
	EnrolError string `json:"enrol_error,omitempty"`
}

// Why an enrolment link was refused.
const (
	// EnrolRefused: the link is unknown, already used, revoked, expired,
	// or for the other kind of screen. One answer for all, so the screen
	// learns nothing about links it does not hold.
	EnrolRefused = "refused"
	// EnrolThrottled: too many refused links from this address lately.
	EnrolThrottled = "throttled"
)

// ScreenInfo is what a paired screen knows about itself.
type ScreenInfo struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Kind   string   `json:"kind"`
	Groups []string `json:"groups,omitempty"`
}

// Pairing is the code a new screen shows until an admin enters it.
type Pairing struct {
	Code      string `json:"code"`
	ExpiresIn int    `json:"expires_in"` // seconds
}

// Enrolled carries a freshly paired screen's device token.
type Enrolled struct {
	Token string `json:"token"`
}

// Screen commands.
const (
	CommandReload   = "reload"
	CommandIdentify = "identify"
)

// Command is a staff command for one screen.
type Command struct {
	Name string `json:"name"`
	Text string `json:"text,omitempty"` // identify: the name to flash
}

// Status is what a screen reports about itself for the fleet view (every
// value is listed in docs/api.md). Mode is anonymous: which accessibility
// modes are on, never who uses them.
type Status struct {
	Showing string  `json:"showing,omitempty"` // signage: "slide:<playlist>/<slide>", "promotion:<id>", "override:<id>", "pairing"; kiosk: its screen, e.g. "menu"
	Mode    string  `json:"mode,omitempty"`    // kiosk: "large", "contrast", "voice", "elder", joined by "."
	Locale  string  `json:"locale,omitempty"`
	Voice   string  `json:"voice,omitempty"`  // kiosk in voice mode: its voice self-test, one of StatusVoices
	Health  *Health `json:"health,omitempty"` // how the screen is doing; sent again every minute
}

// Envelope builds a frame of typ carrying v (which must marshal).
func NewEnvelope(typ string, v any) Envelope {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("content: envelope %s: %v", typ, err))
	}
	return Envelope{Type: typ, Data: b}
}

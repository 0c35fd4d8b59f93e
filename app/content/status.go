package content

import (
	"fmt"
	"slices"
	"strings"
)

// Status values, as docs/api.md lists them under the fleet view.
var (
	// StatusScreens are the kiosk's screens (app/kiosk) and signage's
	// pairing code: what Showing may be besides a reference.
	StatusScreens = []string{"attract", "menu", "offers", "offer", "coupons", "coupon", "price", "events", "help", "pairing"}
	// StatusModes are the kiosk's accessibility modes in the order Mode
	// joins them (app/kiosk's Modes.String).
	StatusModes = []string{"large", "contrast", "voice", "elder"}
	// StatusVoices are a kiosk's verdicts on its voice for its language,
	// reported in voice mode (app/a11y's Verdict): "good", a voice known
	// to read the language well; "unchecked", a voice no list knows, to be
	// checked by ear; "none", no voice or only unintelligible ones.
	StatusVoices = []string{"good", "unchecked", "none"}
)

// MaxStatusField bounds every field of a status, in bytes.
const MaxStatusField = 200

// maxRef bounds an id inside Showing: the store's ids are 32 hex digits,
// a slide's id at most 64 characters (Slide.validate).
const maxRef = 64

// DecodeStatus parses a frame a screen sends after its hello. The only
// such frame is a status: {"type":"status","data":{...}} with no other
// envelope field, data holding only Status's fields, every value one the
// fleet view lists (Validate). Anything else, a second hello included, is
// an error wrapping ErrBadEnvelope, for the hub to close the connection
// with CloseBadFrame.
func DecodeStatus(frame []byte) (Status, error) {
	if len(frame) > MaxFrameBytes {
		return Status{}, fmt.Errorf("%w: %d bytes is over the %d byte limit", ErrBadEnvelope, len(frame), MaxFrameBytes)
	}
	var e Envelope
	if err := decodeStrict(frame, &e); err != nil {
		return Status{}, fmt.Errorf("%w: %v", ErrBadEnvelope, err)
	}
	switch {
	case e.Type != TypeStatus:
		return Status{}, fmt.Errorf("%w: after the hello a screen sends only %q frames, not %q", ErrBadEnvelope, TypeStatus, e.Type)
	case e.Stream != "" || e.Epoch != "" || e.Seq != 0:
		return Status{}, fmt.Errorf("%w: a status has no stream, epoch or seq", ErrBadEnvelope)
	case len(e.Data) == 0 || string(e.Data) == "null":
		return Status{}, fmt.Errorf("%w: status without data", ErrBadEnvelope)
	}
	var s Status
	if err := decodeStrict(e.Data, &s); err != nil {
		return Status{}, fmt.Errorf("%w: status: %v", ErrBadEnvelope, err)
	}
	if err := s.Validate(); err != nil {
		return Status{}, fmt.Errorf("%w: %v", ErrBadEnvelope, err)
	}
	if s.Health != nil && len(s.Health.Errors) == 0 {
		s.Health.Errors = nil // "errors": [] is no errors, as its absence is
	}
	return s, nil
}

// Validate checks a status against the values docs/api.md lists: Showing
// is empty, one of StatusScreens, or "promotion:ID", "override:ID" or
// "slide:PLAYLIST/SLIDE"; Mode is empty or StatusModes joined by "." in
// their order, each at most once; Locale is empty or a known locale; Voice
// is empty or one of StatusVoices. Every
// field is valid UTF-8 of at most MaxStatusField bytes without control
// characters, and ids hold no markup. Health, if present, is within its
// bounds (Health.Validate).
func (s Status) Validate() error {
	for _, f := range []struct{ name, v string }{{"showing", s.Showing}, {"mode", s.Mode}, {"locale", s.Locale}, {"voice", s.Voice}} {
		if !validText200(f.v) {
			return fmt.Errorf("status: %s: at most %d bytes of UTF-8 text without control characters", f.name, MaxStatusField)
		}
	}
	if !validShowing(s.Showing) {
		return fmt.Errorf("status: showing %q is none of the values the fleet view lists", s.Showing)
	}
	if !validMode(s.Mode) {
		return fmt.Errorf("status: mode %q is not %s joined by \".\" in that order", s.Mode, strings.Join(StatusModes, ", "))
	}
	if s.Locale != "" && !KnownLocale(s.Locale) {
		return fmt.Errorf("status: unknown locale %q (use %s)", s.Locale, strings.Join(Locales, ", "))
	}
	if s.Voice != "" && !slices.Contains(StatusVoices, s.Voice) {
		return fmt.Errorf("status: voice %q is not one of %s", s.Voice, strings.Join(StatusVoices, ", "))
	}
	if s.Health != nil {
		return s.Health.Validate()
	}
	return nil
}

func validShowing(v string) bool {
	if v == "" || slices.Contains(StatusScreens, v) {
		return true
	}
	kind, ref, ok := strings.Cut(v, ":")
	if !ok {
		return false
	}
	switch kind {
	case "promotion", "override":
		return ValidRef(ref)
	case "slide":
		playlist, slide, ok := strings.Cut(ref, "/")
		return ok && ValidRef(playlist) && ValidRef(slide)
	}
	return false
}

func validMode(v string) bool {
	if v == "" {
		return true
	}
	next := 0 // modes must come in StatusModes' order, each once
	for part := range strings.SplitSeq(v, ".") {
		i := slices.Index(StatusModes, part)
		if i < next {
			return false
		}
		next = i + 1
	}
	return true
}

// ValidRef reports whether id can name a promotion, override, playlist or
// slide: 1 to 64 letters, digits, '-', '_' or '.'. Screens report such ids
// in their status, so a slide's id obeys it too.
func ValidRef(id string) bool {
	if id == "" || len(id) > maxRef {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

package content

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Slide kinds.
const (
	SlideImage     = "image"
	SlideVideo     = "video"
	SlidePromotion = "promotion" // drawn from live promotion data
	SlideCoupon    = "coupon"    // a live campaign's QR; skipped once it cannot be claimed
	SlideText      = "text"
	SlideClock     = "clock"
)

// Layouts of a signage screen.
const (
	LayoutFull   = "full"   // the slide fills the screen
	LayoutTicker = "ticker" // slide, plus a ticker of live promotions and a clock
	// LayoutZones: the slide, a side panel (the coupon to claim, or the
	// time and today's opening hours) and the ticker; in portrait the
	// panel sits below the slide.
	LayoutZones = "zones"
)

// Slide is one item of a playlist.
type Slide struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Media     string `json:"media,omitempty"`     // image, video: a media URL
	Promotion string `json:"promotion,omitempty"` // promotion: its id
	Campaign  string `json:"campaign,omitempty"`  // coupon: the campaign id
	Text      Text   `json:"text,omitempty"`      // text; caption for others
	Template  string `json:"template,omitempty"`  // promotion: how it is drawn; "" the playlist's
	Seconds   int    `json:"seconds"`             // how long it shows; a video plays to its end when 0
}

// Playlist is an ordered (or shuffled) list of slides.
type Playlist struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Slides    []Slide   `json:"slides"`
	Shuffle   bool      `json:"shuffle,omitempty"`
	Layout    string    `json:"layout"`
	Template  string    `json:"template,omitempty"` // its promotion slides' template; "" is auto
	UpdatedAt time.Time `json:"updated_at"`
	// FromHQ says head office sent it: a store of a chain holds it
	// read-only, and changing it answers 409 from_hq. It is read from
	// the store, never taken from a request.
	FromHQ bool `json:"from_hq,omitempty"`
}

// Playlist limits.
const (
	MaxSlides       = 200
	MaxSlideSeconds = 3600
	DefaultSeconds  = 8
)

// Validate checks a playlist as staff wrote it.
func (p *Playlist) Validate() error {
	if n := utf8.RuneCountInString(p.Name); n == 0 || n > 80 {
		return &FieldError{"name", "1 to 80 characters"}
	}
	if err := CheckString("name", p.Name, 80, true); err != nil {
		return err
	}
	switch p.Layout {
	case LayoutFull, LayoutTicker, LayoutZones:
	default:
		return &FieldError{"layout", "must be full, ticker or zones"}
	}
	if !validTemplate(p.Template) {
		return &FieldError{"template", templateMessage}
	}
	if len(p.Slides) > MaxSlides {
		return &FieldError{"slides", fmt.Sprintf("at most %d slides", MaxSlides)}
	}
	seen := map[string]bool{}
	for i := range p.Slides {
		if err := p.Slides[i].validate(fmt.Sprintf("slides[%d]", i)); err != nil {
			return err
		}
		if seen[p.Slides[i].ID] {
			return &FieldError{fmt.Sprintf("slides[%d].id", i), "must be unique in the playlist"}
		}
		seen[p.Slides[i].ID] = true
	}
	return nil
}

func (s *Slide) validate(field string) error {
	if !ValidRef(s.ID) {
		return &FieldError{field + ".id", "1 to 64 letters, digits, '-', '_' or '.'"}
	}
	if s.Seconds < 0 || s.Seconds > MaxSlideSeconds {
		return &FieldError{field + ".seconds", fmt.Sprintf("0 to %d", MaxSlideSeconds)}
	}
	if s.Seconds == 0 && s.Kind != SlideVideo {
		return &FieldError{field + ".seconds", "only a video may play to its end (0 seconds)"}
	}
	if err := validText(field+".text", s.Text, MaxBodyRunes, s.Kind == SlideText); err != nil {
		return err
	}
	if !validTemplate(s.Template) {
		return &FieldError{field + ".template", templateMessage}
	}
	if s.Template != "" && s.Kind != SlidePromotion {
		return &FieldError{field + ".template", "only a promotion slide has a template"}
	}
	switch s.Kind {
	case SlideImage, SlideVideo:
		if !ValidMediaURL(s.Media) {
			return &FieldError{field + ".media", "must be a media URL returned by the upload endpoint"}
		}
	case SlidePromotion:
		if s.Promotion == "" {
			return &FieldError{field + ".promotion", "choose a promotion"}
		}
	case SlideCoupon:
		if s.Campaign == "" {
			return &FieldError{field + ".campaign", "choose a coupon campaign"}
		}
	case SlideText, SlideClock:
	default:
		return &FieldError{field + ".kind", "must be image, video, promotion, coupon, text or clock"}
	}
	return nil
}

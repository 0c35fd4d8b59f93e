package content

import (
	"strings"
	"testing"
)

func TestStatusValidate(t *testing.T) {
	tests := []struct {
		st Status
		ok bool
	}{
		{Status{}, true},
		{Status{Showing: "slide:9f2c/s1mzx2", Mode: "large.contrast.voice.elder", Locale: LocaleZhHans}, true},
		{Status{Showing: "coupon", Mode: "contrast.elder", Locale: LocaleEn}, true},
		{Status{Showing: "override:" + strings.Repeat("f", 32)}, true},
		{Status{MediaFailed: 3, Memory: 91}, true},
		{Status{MediaFailed: -1}, false},
		{Status{MediaFailed: MaxMediaFailed + 1}, false},
		{Status{Memory: 101}, false},
		{Status{Locale: "xx"}, false},
		{Status{Locale: "EN"}, false},
		{Status{Showing: "<script>"}, false},
		{Status{Showing: "promotion:a b"}, false},
		{Status{Showing: "promotion:"}, false},
		{Status{Showing: "slide:pl/"}, false},
		{Status{Showing: "menu\n"}, false},
		{Status{Mode: "elder.large"}, false},
		{Status{Mode: "large..voice"}, false},
		{Status{Mode: "."}, false},
		{Status{Mode: strings.Repeat("large.", 40) + "large"}, false},
	}
	for _, tt := range tests {
		if err := tt.st.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate(%+v) = %v; want ok %v", tt.st, err, tt.ok)
		}
	}
}

// A slide's id is reported in the status, so the playlist refuses one the
// status would not carry.
func TestSlideIDIsARef(t *testing.T) {
	for id, ok := range map[string]bool{"s1mzx2": true, "intro.v2": true, "intro slide": false, "<b>": false, strings.Repeat("a", 65): false} {
		p := Playlist{Name: "Lunch", Layout: LayoutFull, Slides: []Slide{{ID: id, Kind: SlideClock, Seconds: 8}}}
		if err := p.Validate(); (err == nil) != ok {
			t.Errorf("slide id %.20q: Validate = %v; want ok %v", id, err, ok)
		}
	}
}

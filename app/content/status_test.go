package content

import (
	"errors"
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
		{Status{Mode: "voice", Locale: LocaleZhHans, Voice: "none"}, true},
		{Status{Mode: "voice", Voice: "good"}, true},
		{Status{Voice: "unchecked"}, true},
		{Status{Voice: "Chinese (Mandarin) espeak-ng"}, false},
		{Status{Voice: "None"}, false},
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

func TestStatusHealthValidate(t *testing.T) {
	ok := Health{Uptime: 3600, JSHeap: 50 << 20, GoHeap: 8 << 20, GoSys: 32 << 20, App: "v1.2.3-4-gabc", Display: "1920x1080", Power: PowerDark, Errors: []string{"media: x.mp4: decode"}}
	tests := []struct {
		name string
		edit func(h *Health)
		ok   bool
	}{
		{"full", func(*Health) {}, true},
		{"empty", func(h *Health) { *h = Health{} }, true},
		{"negative uptime", func(h *Health) { h.Uptime = -1 }, false},
		{"huge heap", func(h *Health) { h.JSHeap = 1<<40 + 1 }, false},
		{"markup in app", func(h *Health) { h.App = "<b>" }, false},
		{"display", func(h *Health) { h.Display = "1920*1080" }, false},
		{"zero display", func(h *Health) { h.Display = "0x1080" }, false},
		{"power", func(h *Health) { h.Power = "off" }, false},
		{"six errors", func(h *Health) { h.Errors = []string{"a", "b", "c", "d", "e", "f"} }, false},
		{"empty error", func(h *Health) { h.Errors = []string{""} }, false},
		{"control in error", func(h *Health) { h.Errors = []string{"a\nb"} }, false},
		{"long error", func(h *Health) { h.Errors = []string{strings.Repeat("x", MaxStatusField+1)} }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := ok
			tt.edit(&h)
			st := Status{Showing: "menu", Health: &h}
			if err := st.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate = %v; want ok %v", err, tt.ok)
			}
		})
	}
}

func TestHealthErrorFitsAStatus(t *testing.T) {
	long := strings.Repeat("价", 100) // 300 bytes
	for in, want := range map[string]string{
		"  boom\n at main.go:3 ": "boom  at main.go:3",
		long:                     strings.Repeat("价", 66),
		"bad \xff byte":          "bad ? byte",
	} {
		if got := HealthError(in); got != want {
			t.Errorf("HealthError(%.20q) = %.20q; want %.20q", in, got, want)
		}
		if h := (Health{Errors: []string{HealthError(in)}}); h.Validate() != nil {
			t.Errorf("HealthError(%.20q) does not validate: %v", in, h.Validate())
		}
	}
}

// A status's keys are exactly the documented ones: encoding/json alone
// would match them without regard to case.
func TestDecodeStatusKeys(t *testing.T) {
	tests := []struct {
		name, frame string
		ok          bool
	}{
		{"as documented", `{"type":"status","data":{"showing":"menu","locale":"en","health":{"uptime_s":1,"power":"on","errors":["x"]}}}`, true},
		{"envelope key in another case", `{"tYpe":"status","data":{"showing":"menu"}}`, false},
		{"data in capitals", `{"type":"status","DATA":{"showing":"menu"}}`, false},
		{"status key in another case", `{"type":"status","data":{"Showing":"menu"}}`, false},
		{"status key folded by Unicode", `{"type":"status","data":{"\u017fhowing":"menu"}}`, false},
		{"health key in another case", `{"type":"status","data":{"health":{"Uptime_S":1}}}`, false},
		{"both spellings", `{"type":"status","data":{"showing":"menu","SHOWING":"menu"}}`, false},
		{"health null", `{"type":"status","data":{"health":null}}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeStatus([]byte(tt.frame))
			if (err == nil) != tt.ok {
				t.Errorf("DecodeStatus(%s) = %v; want ok %t", tt.frame, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrBadEnvelope) {
				t.Errorf("DecodeStatus(%s) = %v; want it to wrap ErrBadEnvelope", tt.frame, err)
			}
		})
	}
}

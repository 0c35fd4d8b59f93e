package kiosk

import (
	"net/url"
	"testing"
	"time"
)

func TestRouteRoundTrip(t *testing.T) {
	tests := []struct {
		in   string
		want Route
		out  string
	}{
		{"/kiosk", Route{Screen: Attract, Locale: "zh-Hans"}, "/kiosk"},
		{"/kiosk/menu?lang=en&m=voice.large", Route{Screen: Menu, Locale: "en", Modes: Large | Voice}, "/kiosk/menu?lang=en&m=large.voice"},
		{"/kiosk/offers?cat=fresh&p=2&idle=30", Route{Screen: Offers, Locale: "zh-Hans", Cat: "fresh", Page: 2, Idle: 30 * time.Second}, "/kiosk/offers?cat=fresh&p=2&idle=30"},
		{"/kiosk/offer?id=abc&cat=all&lang=zh-Hant", Route{Screen: Offer, Locale: "zh-Hant", Cat: "all", ID: "abc"}, "/kiosk/offer?lang=zh-Hant&cat=all&id=abc"},
		// Unknown or out-of-bounds values are dropped.
		{"/kiosk/price?lang=fr&m=loud&cat=Bad!&idle=1&p=-3", Route{Screen: Price, Locale: "zh-Hans"}, "/kiosk/price"},
		{"/kiosk/help?idle=100000", Route{Screen: Help, Locale: "zh-Hans"}, "/kiosk/help"},
		{"/kiosk/nowhere", Route{Screen: Attract, Locale: "zh-Hans"}, "/kiosk"},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.in)
		got := ParseRoute(u)
		if got != tt.want {
			t.Errorf("ParseRoute(%s) = %+v; want %+v", tt.in, got, tt.want)
		}
		if s := got.URL(); s != tt.out {
			t.Errorf("ParseRoute(%s).URL() = %s; want %s", tt.in, s, tt.out)
		}
	}
}

func TestRouteBackAndFresh(t *testing.T) {
	base := Route{Locale: "en", Modes: Elder, Idle: 30 * time.Second}
	offer := base
	offer.Screen, offer.Cat, offer.ID, offer.Page = Offer, "fresh", "p1", 1
	steps := []Screen{Offers, Offers, Menu, Menu}
	r := offer
	for i, want := range steps {
		r = r.Back()
		if r.Screen != want || r.Locale != "en" || r.Modes != Elder || r.Idle != 30*time.Second {
			t.Fatalf("back #%d = %+v; want screen %s with language, modes and idle kept", i+1, r, want)
		}
	}
	if f := offer.Fresh(); f != (Route{Screen: Attract, Locale: "zh-Hans", Idle: 30 * time.Second}) {
		t.Errorf("Fresh() = %+v; want the attract loop with only the kiosk's idle setting", f)
	}
	if f := offer.Fresh(); f.URL() != "/kiosk?idle=30" {
		t.Errorf("Fresh().URL() = %s", f.URL())
	}
}

func TestModes(t *testing.T) {
	m := ParseModes("elder.voice.bogus")
	if !m.Has(Large) || !m.Has(Contrast) || !m.Has(Voice) || !m.Has(Elder) {
		t.Errorf("elder.voice = %v; want large and contrast implied", m)
	}
	if m.String() != "voice.elder" {
		t.Errorf("String() = %q", m.String())
	}
	if got := m.Classes(); got != "sc-kiosk sc-m-large sc-m-contrast sc-m-voice sc-m-elder" {
		t.Errorf("Classes() = %q", got)
	}
	if Modes(0).Toggle(Large).Toggle(Large) != 0 {
		t.Error("Toggle twice did not undo")
	}
}

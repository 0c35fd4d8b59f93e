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
		{"/kiosk/coupons?lang=en&m=elder", Route{Screen: Coupons, Locale: "en", Modes: Elder}, "/kiosk/coupons?lang=en&m=elder"},
		{"/kiosk/coupon?id=c1&promo=p1&cat=fresh", Route{Screen: Coupon, Locale: "zh-Hans", Cat: "fresh", ID: "c1", Promo: "p1"}, "/kiosk/coupon?cat=fresh&id=c1&promo=p1"},
		// Unknown or out-of-bounds values are dropped; promo belongs to the coupon screen only.
		{"/kiosk/offer?id=p1&promo=p2", Route{Screen: Offer, Locale: "zh-Hans", ID: "p1"}, "/kiosk/offer?id=p1"},
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

// A coupon goes back to where it was got: the offer's page, or the coupons.
func TestRouteBackFromCoupon(t *testing.T) {
	base := Route{Screen: Coupon, Locale: "en", Modes: Voice, ID: "c1"}
	if b := base.Back(); b != (Route{Screen: Coupons, Locale: "en", Modes: Voice}) {
		t.Errorf("back from a coupon = %+v; want the coupons", b)
	}
	fromOffer := base
	fromOffer.Cat, fromOffer.Promo = "fresh", "p1"
	if b := fromOffer.Back(); b != (Route{Screen: Offer, Locale: "en", Modes: Voice, Cat: "fresh", ID: "p1"}) {
		t.Errorf("back from an offer's coupon = %+v; want that offer", b)
	}
	if b := base.To(Coupons).Back(); b.Screen != Menu {
		t.Errorf("back from the coupons = %s; want the menu", b.Screen)
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

package kiosk

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"storecast/app/content"
)

// Screen names one of the kiosk's screens.
type Screen string

// The kiosk's screens. Each has its own path, so a screen can be opened,
// prerendered and tested on its own; in the browser moving between them
// keeps the one page (and its live feed) mounted.
const (
	Attract Screen = "attract" // nobody is here: offers rotate; a touch starts
	Menu    Screen = "menu"    // the few big choices
	Offers  Screen = "offers"  // categories, then the offers in one
	Offer   Screen = "offer"   // one offer in full
	Coupons Screen = "coupons" // the coupons a shopper can get now
	Coupon  Screen = "coupon"  // getting one: the QR and the code, or why not
	Price   Screen = "price"   // price check
	Events  Screen = "events"  // store events
	Help    Screen = "help"    // call staff; how to use the kiosk
	Points  Screen = "points"  // My points: a member's balance and what it gets
)

// Path is where the kiosk lives: its attract loop.
const Path = "/kiosk"

var screenPaths = []struct {
	s    Screen
	path string
}{
	{Attract, Path}, {Menu, Path + "/menu"}, {Offers, Path + "/offers"}, {Offer, Path + "/offer"},
	{Coupons, Path + "/coupons"}, {Coupon, Path + "/coupon"},
	{Price, Path + "/price"}, {Events, Path + "/events"}, {Help, Path + "/help"},
	{Points, Path + "/points"},
}

// Paths lists the path of every kiosk screen, attract loop first.
func Paths() []string {
	ps := make([]string, len(screenPaths))
	for i, sp := range screenPaths {
		ps[i] = sp.path
	}
	return ps
}

// Idle time bounds for ?idle= (seconds): a store sets the quiet time in the
// kiosk's start URL; anything outside the bounds means the default.
const (
	DefaultIdle = 60 * time.Second
	MinIdle     = 10 * time.Second
	MaxIdle     = 10 * time.Minute
)

// Category filters of the offers screen besides category ids.
const (
	CatAll   = "all"   // every offer
	CatOther = "other" // offers in no known category
)

// Route is everything a kiosk URL says: the screen, the shopper's language
// and modes, and the kiosk's own setting (idle). Everything a shopper chose
// is in it, so the idle reset only has to go back to a clean URL.
type Route struct {
	Screen Screen
	Locale string
	Modes  Modes
	Cat    string        // offers: "" (choose), CatAll, CatOther or a category id
	ID     string        // offer: the promotion; coupon: the campaign
	Promo  string        // coupon: the offer it was got from, where Back goes
	Page   int           // elder mode: which page of a long list
	Idle   time.Duration // 0: DefaultIdle
}

// ParseRoute reads a kiosk URL; anything it does not know is dropped.
func ParseRoute(u *url.URL) Route {
	r := Route{Screen: Attract, Locale: content.DefaultLocale}
	for _, sp := range screenPaths {
		if u.Path == sp.path {
			r.Screen = sp.s
		}
	}
	q := u.Query()
	if l := q.Get("lang"); content.KnownLocale(l) {
		r.Locale = l
	}
	r.Modes = ParseModes(q.Get("m"))
	if c := q.Get("cat"); c == CatAll || c == CatOther || content.ValidCategoryID(c) {
		r.Cat = c
	}
	if id := q.Get("id"); len(id) <= 64 {
		r.ID = id
	}
	if id := q.Get("promo"); len(id) <= 64 && r.Screen == Coupon {
		r.Promo = id
	}
	if n, err := strconv.Atoi(q.Get("p")); err == nil && n > 0 && n < 1000 {
		r.Page = n
	}
	if n, err := strconv.Atoi(q.Get("idle")); err == nil {
		if d := time.Duration(n) * time.Second; d >= MinIdle && d <= MaxIdle {
			r.Idle = d
		}
	}
	return r
}

// URL is the route as a path and query, in a fixed order.
func (r Route) URL() string {
	path := Path
	for _, sp := range screenPaths {
		if sp.s == r.Screen {
			path = sp.path
		}
	}
	var q []string
	add := func(k, v string) { q = append(q, k+"="+url.QueryEscape(v)) }
	if r.Locale != "" && r.Locale != content.DefaultLocale {
		add("lang", r.Locale)
	}
	if m := r.Modes.String(); m != "" {
		add("m", m)
	}
	if r.Cat != "" {
		add("cat", r.Cat)
	}
	if r.ID != "" {
		add("id", r.ID)
	}
	if r.Promo != "" {
		add("promo", r.Promo)
	}
	if r.Page > 0 {
		add("p", strconv.Itoa(r.Page))
	}
	if r.Idle != 0 {
		add("idle", strconv.Itoa(int(r.Idle/time.Second)))
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + strings.Join(q, "&")
}

// To is the route to screen s, keeping the shopper's language and modes
// and the kiosk's setting, and nothing screen-specific.
func (r Route) To(s Screen) Route {
	return Route{Screen: s, Locale: r.Locale, Modes: r.Modes, Idle: r.Idle}
}

// Back is where "back" (Escape, Backspace, the Back button) goes from r.
func (r Route) Back() Route {
	switch {
	case r.Screen == Offer:
		b := r.To(Offers)
		b.Cat = r.Cat
		return b
	case r.Screen == Offers && r.Cat != "":
		return r.To(Offers)
	case r.Screen == Coupon && r.Promo != "":
		b := r.To(Offer)
		b.Cat, b.ID = r.Cat, r.Promo
		return b
	case r.Screen == Coupon:
		return r.To(Coupons)
	}
	return r.To(Menu)
}

// Fresh is the route the idle reset goes to: the attract loop, in the
// store's language, with no modes, keeping only the kiosk's own setting.
func (r Route) Fresh() Route {
	return Route{Screen: Attract, Locale: content.DefaultLocale, Idle: r.Idle}
}

// QuietTime is how long the kiosk waits, untouched, before it warns: the
// store's setting (idle=, DefaultIdle without one), twice that in elder
// and voice modes. An older shopper reads slowly and a blind one listens
// to a whole screen before choosing; neither should be asked "are you
// still there?" while still reading.
func (r Route) QuietTime() time.Duration {
	d := r.Idle
	if d == 0 {
		d = DefaultIdle
	}
	if r.Modes.Has(Elder) || r.Modes.Has(Voice) {
		d *= 2
	}
	return d
}

// WarnTime is how long the warning counts down before the reset.
func (r Route) WarnTime() time.Duration {
	if r.Modes.Has(Elder) || r.Modes.Has(Voice) {
		return SlowWarnFor
	}
	return WarnFor
}

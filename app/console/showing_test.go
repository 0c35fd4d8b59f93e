package console

import (
	"testing"

	"storecast/app/content"
)

func TestShowingAndModes(t *testing.T) {
	titles := map[string]content.Text{"p1": {"en": "Milk", "zh-Hans": "牛奶"}}
	tests := []struct{ locale, in, want string }{
		{"en", "", "Nothing yet"},
		{"en", "pairing", "Its pairing code"},
		{"en", "override:o1", "An override"},
		{"en", "promotion:p1", "Offer: Milk"},
		{"zh-Hans", "promotion:p1", "优惠：牛奶"},
		{"en", "promotion:gone", "promotion:gone"},
		{"en", "price", "Kiosk: price check"},
		{"zh-Hant", "attract", "自助螢幕：待機畫面"},
		{"en", "somewhere", "somewhere"},
		{"en", "slide:pl1/s2", "Playlist “Morning”, slide 2 of 3"},
		{"zh-Hans", "slide:pl1/s1", "播放列表“Morning”，第 1/3 张"},
		{"en", "slide:pl1/gone", "slide:pl1/gone"},
		{"en", "slide:nolist/s1", "slide:nolist/s1"},
	}
	playlists := map[string]content.Playlist{"pl1": {ID: "pl1", Name: "Morning", Slides: []content.Slide{{ID: "s1"}, {ID: "s2"}, {ID: "s3"}}}}
	for _, tt := range tests {
		if got := Showing(tt.locale, tt.in, titles, playlists); got != tt.want {
			t.Errorf("Showing(%s, %q) = %q; want %q", tt.locale, tt.in, got, tt.want)
		}
	}
	if got, want := Modes("en", "large,voice,x"), "Large text, Voice, x"; got != want {
		t.Errorf("Modes = %q; want %q", got, want)
	}
	// As a kiosk reports them (app/kiosk Modes.String).
	if got, want := Modes("en", "large.contrast.voice"), "Large text, High contrast, Voice"; got != want {
		t.Errorf("Modes = %q; want %q", got, want)
	}
	if got, want := Modes("en", ""), "Standard"; got != want {
		t.Errorf("Modes(\"\") = %q; want %q", got, want)
	}
}

package kiosk

import (
	"testing"
	"time"

	"storecast/app/content"
)

func TestScreenSpeech(t *testing.T) {
	tests := []struct {
		locale string
		v      view
		want   string
	}{
		{"en", view{title: "How can we help?", choices: []string{"Offers", "Price check", "Store events", "Help"}},
			"How can we help? 4 choices: Offers, Price check, Store events, Help."},
		{"en", view{title: "Help", say: []string{"A member of staff can come to this screen to help you."}, choices: []string{"Call staff"}},
			"Help. A member of staff can come to this screen to help you. 1 choice: Call staff."},
		{"zh-Hans", view{title: "请问需要什么？", choices: []string{"优惠活动", "查价格"}},
			"请问需要什么？共 2 个选项：优惠活动，查价格。"},
		{"zh-Hant", view{title: "幫助", say: []string{"", "店員可以到這台螢幕前來幫助您。"}},
			"幫助。店員可以到這台螢幕前來幫助您。"},
		{"en", view{title: "Store events", say: []string{"No events are planned right now."}},
			"Store events. No events are planned right now."},
	}
	for _, tt := range tests {
		if got := screenSpeech(tt.locale, tt.v); got != tt.want {
			t.Errorf("screenSpeech(%s, %q) =\n  %q\nwant\n  %q", tt.locale, tt.v.title, got, tt.want)
		}
	}
}

func TestProductAndEventWords(t *testing.T) {
	p := content.Product{Name: content.Text{"en": "Organic milk 1 l", "zh-Hans": "有机牛奶 1升"}, Price: 1590, Aisle: "3"}
	if got := productWords("en", p); got != "Organic milk 1 l, ¥15.90, Aisle 3" {
		t.Errorf("productWords(en) = %q", got)
	}
	if got := productWords("zh-Hant", p); got != "有机牛奶 1升，¥15.90，3 號貨架" {
		t.Errorf("productWords(zh-Hant) = %q (falls back to the simplified name)", got)
	}
	p.Aisle = ""
	if got := productWords("en", p); got != "Organic milk 1 l, ¥15.90" {
		t.Errorf("productWords without an aisle = %q", got)
	}
	// 07:00 UTC is 15:00 in Beijing, the store's zone: the kiosk's own
	// zone does not matter.
	start := time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC) // a Saturday
	e := content.StoreEvent{StartsAt: start, EndsAt: start.Add(90 * time.Minute)}
	beijing := time.FixedZone("CST", 8*3600)
	for locale, want := range map[string]string{
		"en":      "Saturday, March 14, 15:00–16:30",
		"zh-Hans": "3月14日 星期六 15:00–16:30",
	} {
		if got := eventWhen(locale, e, beijing); got != want {
			t.Errorf("eventWhen(%s) = %q; want %q", locale, got, want)
		}
	}
}

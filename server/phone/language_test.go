package phone

import "testing"

func TestPreferredLocale(t *testing.T) {
	tests := map[string]string{
		"":                               "zh-Hans",
		"en-GB,en;q=0.9":                 "en",
		"zh-TW,zh;q=0.9,en;q=0.8":        "zh-Hant",
		"zh-Hant-HK":                     "zh-Hant",
		"zh-CN,zh;q=0.9":                 "zh-Hans",
		"fr-FR,fr;q=0.9,en-US;q=0.8":     "en",
		"de-DE":                          "zh-Hans",
		"ja;q=0.9, zh-HK;q=0.8, en;q=.1": "zh-Hant",
	}
	for header, want := range tests {
		if got := preferredLocale(header); got != want {
			t.Errorf("preferredLocale(%q) = %q; want %q", header, got, want)
		}
	}
}

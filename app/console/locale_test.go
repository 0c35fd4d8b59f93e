package console

import (
	"net/url"
	"testing"
)

func TestLocaleFor(t *testing.T) {
	tests := []struct {
		url, saved string
		browser    []string
		want       string
	}{
		{"/console?lang=en", "zh-Hant", nil, "en"},
		{"/console?lang=fr", "zh-Hant", nil, "zh-Hant"},
		{"/console", "", []string{"zh-TW", "en"}, "zh-Hant"},
		{"/console", "", []string{"zh-CN"}, "zh-Hans"},
		{"/console", "", []string{"fr-FR", "en-GB"}, "en"},
		{"/console", "", []string{"de"}, "zh-Hans"},
		{"/console", "bogus", nil, "zh-Hans"},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.url)
		if got := LocaleFor(u, tt.saved, tt.browser); got != tt.want {
			t.Errorf("LocaleFor(%s, %q, %v) = %s; want %s", tt.url, tt.saved, tt.browser, got, tt.want)
		}
	}
}

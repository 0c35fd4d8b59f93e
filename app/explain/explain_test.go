package explain

import (
	"strings"
	"testing"

	"storecast/app/content"
)

func TestEveryCodeExplainedInEveryLocale(t *testing.T) {
	for _, code := range content.ImportCodes {
		if _, ok := messageIDs[code]; !ok {
			t.Errorf("import code %q has no message", code)
		}
		for _, l := range content.Locales {
			got := Explain(l, content.ImportError{Code: code, Value: "x", Other: 3, Column: "name_en"})
			if got == "" || strings.Contains(got, "<no value>") || strings.HasPrefix(got, "Import") {
				t.Errorf("Explain(%s, %s) = %q; want a message", l, code, got)
			}
		}
	}
}

func TestLineSaysWhereInTheUsersLanguage(t *testing.T) {
	e := content.ImportError{Line: 7, Code: content.ImportBadPrice, Value: "12,90"}
	tests := []struct{ locale, want string }{
		{"en", "Line 7: The price “12,90” is not a price such as 12.90."},
		{"zh-Hans", "第 7 行：价格“12,90”格式不对，应类似 12.90。"},
		{"zh-Hant", "第 7 行：價格「12,90」格式不對，應類似 12.90。"},
	}
	for _, tt := range tests {
		if got := Line(tt.locale, e); got != tt.want {
			t.Errorf("Line(%s) = %q; want %q", tt.locale, got, tt.want)
		}
	}
	if got := Line("en", content.ImportError{Code: content.ImportEmptyFile}); strings.HasPrefix(got, "Line") {
		t.Errorf("a whole-file error = %q; want no line number", got)
	}
}

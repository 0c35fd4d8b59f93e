package phone

import (
	"testing"
	"time"
)

// Times are on the store's clock, in words a shopper reads, whatever the
// zone of the server or the phone.
func TestWhen(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 31, 17, 5, 0, 0, time.UTC) // 1 January, 01:05 in Shanghai
	tests := []struct {
		locale string
		zone   *time.Location
		want   string
	}{
		{"en", shanghai, "Friday 1 January, 01:05"},
		{"zh-Hans", shanghai, "1月1日 星期五 01:05"},
		{"zh-Hant", shanghai, "1月1日 星期五 01:05"},
		{"en", time.UTC, "Thursday 31 December, 17:05"},
	}
	for _, tt := range tests {
		if got := when(tt.locale, at, tt.zone); got != tt.want {
			t.Errorf("when(%s, %s) = %q; want %q", tt.locale, tt.zone, got, tt.want)
		}
	}
}

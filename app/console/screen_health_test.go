package console

import (
	"testing"
	"time"

	"storecast/app/content"
)

func TestUptime(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{30 * time.Second, "0 min"},
		{12 * time.Minute, "12 min"},
		{5*time.Hour + 10*time.Minute, "5 h 10 min"},
		{2*24*time.Hour + 3*time.Hour + 59*time.Minute, "2 d 3 h"},
	}
	for _, tt := range tests {
		if got := Uptime(content.LocaleEn, tt.d); got != tt.want {
			t.Errorf("Uptime(%v) = %q; want %q", tt.d, got, tt.want)
		}
	}
	if got := mib(52 << 20); got != "52" {
		t.Errorf("mib(52 MiB) = %q; want 52", got)
	}
}

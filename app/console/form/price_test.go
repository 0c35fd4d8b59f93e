package form

import (
	"errors"
	"testing"
)

func TestParseYuan(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr error
	}{
		{"12.90", 1290, nil},
		{"12.9", 1290, nil},
		{"12", 1200, nil},
		{" 0.05 ", 5, nil},
		{"0", 0, nil},
		{"１２．９０", 1290, nil},
		{"1000000", 100_000_000, nil},
		{"1000000.01", 0, ErrPriceRange},
		{"99999999999999999999", 0, ErrPriceRange},
		{"", 0, ErrPriceEmpty},
		{"   ", 0, ErrPriceEmpty},
		{"12,9", 0, ErrPriceFormat},
		{"1,290", 0, ErrPriceFormat},
		{"-1", 0, ErrPriceFormat},
		{"+1", 0, ErrPriceFormat},
		{"1e3", 0, ErrPriceFormat},
		{"abc", 0, ErrPriceFormat},
		{"12.905", 0, ErrPriceFormat},
		{"12.", 0, ErrPriceFormat},
		{".5", 0, ErrPriceFormat},
		{"1.2.3", 0, ErrPriceFormat},
		{"¥12", 0, ErrPriceFormat},
		{"0x10", 0, ErrPriceFormat},
		{"NaN", 0, ErrPriceFormat},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseYuan(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseYuan(%q) error = %v; want %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseYuan(%q) = %d; want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatYuanRoundTrips(t *testing.T) {
	for _, cents := range []int64{0, 5, 90, 1290, 100_000_000} {
		got, err := ParseYuan(FormatYuan(cents))
		if err != nil || got != cents {
			t.Errorf("ParseYuan(FormatYuan(%d)) = %d, %v; want %d", cents, got, err, cents)
		}
	}
}

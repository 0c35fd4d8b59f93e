package kiosk

import (
	"strings"
	"testing"

	"storecast/app/content"
)

func TestTypeKey(t *testing.T) {
	long := strings.Repeat("a", 64)
	tests := []struct {
		query, key, want string
	}{
		{"", "C", "c"},
		{"c", "M", "cm"},
		{"690", "1", "6901"},
		{"cm", keyDelete, "c"},
		{"草莓", keyDelete, "草"}, // a whole character, not a byte
		{"", keyDelete, ""},
		{"cao mei", keyClear, ""},
		{"cao", keySpace, "cao "},
		{"cao ", keySpace, "cao "}, // one space between words
		{"", keySpace, ""},
		{long, "B", long}, // full: the server refuses more
		{long, keyDelete, long[:63]},
	}
	for _, tt := range tests {
		if got := typeKey(tt.query, tt.key); got != tt.want {
			t.Errorf("typeKey(%q, %q) = %q; want %q", tt.query, tt.key, got, tt.want)
		}
	}
}

func TestLiveFor(t *testing.T) {
	tests := []struct {
		query   string
		want    liveStep
		text    string
		barcode string
	}{
		{"", liveClear, "", ""},
		{"  ", liveClear, "", ""},
		{"cm", liveSearch, "cm", ""},
		{"cao m", liveSearch, "cao m", ""},
		{"6901", liveSearch, "6901", ""},   // part of a barcode: searched as text
		{"69012300", liveWait, "", ""},     // eight digits, not yet a barcode
		{"690123004007", liveWait, "", ""}, // twelve, check digit wrong
		{"6901230040078", liveSearch, "", "6901230040078"},
		{"\x01", liveError, "", ""},
	}
	for _, tt := range tests {
		q, step, err := liveFor(tt.query)
		if step != tt.want || (step == liveSearch && (q.Text != tt.text || q.Barcode != tt.barcode)) {
			t.Errorf("liveFor(%q) = %+v, %d, %v; want step %d, text %q, barcode %q", tt.query, q, step, err, tt.want, tt.text, tt.barcode)
		}
		if (step == liveError) != (err != nil) {
			t.Errorf("liveFor(%q): step %d with error %v", tt.query, step, err)
		}
	}
}

func TestCategoryIcon(t *testing.T) {
	tests := []struct{ id, icon, want string }{
		{"fresh", "", "/web/icons/category-fresh.svg"},
		{"fruit-veg", "", "/web/icons/category-fresh.svg"},
		{"dairy", "", "/web/icons/category-dairy.svg"},
		{"drinks", "", "/web/icons/category-drinks.svg"},
		{"household", "", "/web/icons/category-home.svg"},
		{"toys", "", "/web/icons/category-other.svg"},
		{"toys", "home", "/web/icons/category-home.svg"}, // staff chose it
		{"dairy", "other", "/web/icons/category-other.svg"},
	}
	for _, tt := range tests {
		if got := categoryIcon(content.Category{ID: tt.id, Icon: tt.icon}); got != tt.want {
			t.Errorf("categoryIcon(%q, icon %q) = %q; want %q", tt.id, tt.icon, got, tt.want)
		}
	}
}

package kiosk

import "testing"

func TestPaged(t *testing.T) {
	tests := []struct {
		n, per, most int
		page         int
		from, to     int
		pages        int
		prev, next   int
	}{
		{10, 10, 0, 0, 0, 10, 1, -1, -1}, // everything fits
		{4, 4, 4, 0, 0, 4, 1, -1, -1},    // four fit without paging
		{5, 4, 4, 0, 0, 3, 2, -1, 1},     // three and "next page"
		{5, 4, 4, 1, 3, 5, 2, 0, -1},     // "previous page" and two
		{9, 4, 4, 1, 3, 5, 4, 0, 2},      // between: both, and two items
		{9, 4, 4, 3, 7, 9, 4, 2, -1},
		{7, 4, 4, 9, 0, 3, 3, -1, 1}, // a stale page number wraps
		{8, 3, 0, 2, 6, 8, 3, 1, -1}, // uncapped: paging choices are extra
		{5, 6, 0, 0, 0, 5, 1, -1, -1},
		{5, 3, 4, 0, 0, 3, 2, -1, 1}, // a row of three: three and "next page"
		{5, 3, 4, 1, 3, 5, 2, 0, -1},
	}
	for _, tt := range tests {
		pg := paged(tt.n, tt.per, tt.most, tt.page)
		if pg.from != tt.from || pg.to != tt.to || pg.pages != tt.pages || pg.prev() != tt.prev || pg.next() != tt.next {
			t.Errorf("paged(%d, %d, %d, %d) = %d..%d of %d pages, prev %d, next %d; want %d..%d of %d, prev %d, next %d",
				tt.n, tt.per, tt.most, tt.page, pg.from, pg.to, pg.pages, pg.prev(), pg.next(),
				tt.from, tt.to, tt.pages, tt.prev, tt.next)
		}
	}
}

// In elder mode no page offers more than MaxChoices choices, paging ones
// included, and every item is on exactly one page.
func TestPagedCapped(t *testing.T) {
	for per := 1; per <= 8; per++ {
		for n := 0; n <= 30; n++ {
			seen := 0
			first := paged(n, per, MaxChoices, 0)
			for page := 0; page < first.pages; page++ {
				pg := paged(n, per, MaxChoices, page)
				choices := pg.to - pg.from + btoi(pg.prev() >= 0) + btoi(pg.next() >= 0)
				if choices > MaxChoices || pg.to-pg.from > per || pg.to <= pg.from && n > 0 {
					t.Errorf("paged(%d, %d, %d, %d) = %d..%d: %d choices", n, per, MaxChoices, page, pg.from, pg.to, choices)
				}
				if pg.from != seen {
					t.Errorf("paged(%d, %d, %d, %d) starts at %d; want %d", n, per, MaxChoices, page, pg.from, seen)
				}
				seen = pg.to
			}
			if seen != n {
				t.Errorf("paged(%d, %d, %d) shows %d items in all; want %d", n, per, MaxChoices, seen, n)
			}
		}
	}
}

// The paging choices say what they do; where the shopper is is said apart
// from them.
func TestPageLabels(t *testing.T) {
	tests := []struct {
		locale         string
		page, pages    int
		prev, next, at string
	}{
		{"zh-Hans", 0, 2, "上一页", "下一页", "第 1 页，共 2 页"},
		{"zh-Hans", 1, 2, "回到第 1 页", "下一页", "第 2 页，共 2 页"},
		{"zh-Hant", 2, 3, "上一頁", "下一頁", "第 3 頁，共 3 頁"},
		{"en", 2, 3, "Previous page", "Next page", "Page 3 of 3"},
	}
	for _, tt := range tests {
		prev, next, at := pageLabels(tt.locale, pager{page: tt.page, pages: tt.pages})
		if prev != tt.prev || next != tt.next || at != tt.at {
			t.Errorf("pageLabels(%s, page %d of %d) = %q, %q, %q; want %q, %q, %q", tt.locale, tt.page, tt.pages, prev, next, at, tt.prev, tt.next, tt.at)
		}
	}
}

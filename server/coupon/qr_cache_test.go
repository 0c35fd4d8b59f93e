package coupon

import (
	"bytes"
	"fmt"
	"testing"
)

func TestQRCacheDrawsOnceAndStaysBounded(t *testing.T) {
	c := NewQRCache(2)
	url := func(i int) string { return fmt.Sprintf("https://shop.test/c/SC-%04d", i) }
	first, err := c.PNG(url(1))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := c.PNG(url(1))
	if &first[0] != &again[0] {
		t.Error("the second PNG of one URL was drawn again; want the cached one")
	}
	want, _ := QR(url(1))
	if !bytes.Equal(first, want) {
		t.Error("the cached PNG differs from QR's")
	}
	c.PNG(url(2))
	c.PNG(url(3)) // evicts url(1), the oldest
	if len(c.pngs) != 2 || len(c.order) != 2 {
		t.Fatalf("cache holds %d PNGs (%d in order); want 2", len(c.pngs), len(c.order))
	}
	if _, ok := c.pngs[url(1)]; ok {
		t.Error("the oldest PNG is still cached past the bound")
	}
}

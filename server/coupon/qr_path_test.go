package coupon

import (
	"regexp"
	"strconv"
	"testing"
)

// The path has exactly the symbol's dark modules, and what it draws scans
// as the URL.
func TestQRPathDrawsTheSymbol(t *testing.T) {
	url := "https://shop.example/c/SC-7KQ2-M9XD-4TZP"
	size, d, err := QRPath(url)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Symbol(url)
	if err != nil {
		t.Fatal(err)
	}
	if size != len(want) {
		t.Fatalf("size = %d; want %d", size, len(want))
	}
	got := make([][]bool, size)
	for y := range got {
		got[y] = make([]bool, size)
	}
	runs := regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)
	if rest := runs.ReplaceAllString(d, ""); rest != "" {
		t.Fatalf("the path has %.40q besides runs", rest)
	}
	for _, m := range runs.FindAllStringSubmatch(d, -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		n, _ := strconv.Atoi(m[3])
		for i := range n {
			if got[y][x+i] {
				t.Fatalf("module %d,%d drawn twice", x+i, y)
			}
			got[y][x+i] = true
		}
	}
	for y := range want {
		for x := range want[y] {
			if got[y][x] != want[y][x] {
				t.Fatalf("module %d,%d = %v; want %v", x, y, got[y][x], want[y][x])
			}
		}
	}
	png, err := draw(got)
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := read(t, png); text != url {
		t.Errorf("the path's symbol reads %q; want %q", text, url)
	}
}

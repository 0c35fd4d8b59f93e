package command

import (
	"strings"
	"testing"
)

// TestPinyinStaysOnTheServer: the pinyin dictionary (about 800 kB of
// source) is for the server, which spells products when they are written;
// neither wasm program may link it.
func TestPinyinStaysOnTheServer(t *testing.T) {
	for _, tags := range []string{"", "console"} {
		pkgs := goList(t, []string{"GOOS=js", "GOARCH=wasm"}, "-deps", "-tags="+tags, "storecast")
		for _, p := range pkgs {
			if strings.Contains(p.ImportPath, "pinyin") {
				t.Errorf("the wasm built with tags %q links %s", tags, p.ImportPath)
			}
		}
	}
}

package pwa

import (
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Each page links go-app's sheet and only the screens' sheets it uses,
// while the worker still caches them all for offline starts.
func TestEachPageLinksOnlyItsStyleSheets(t *testing.T) {
	pages := map[string][]string{
		"/kiosk/pwa-sheets":   {"/app.css", baseSheet, kioskSheet, keypadSheet},
		"/signage/pwa-sheets": {"/app.css", baseSheet, signageSheet},
		"/console/pwa-sheets": {"/app.css", baseSheet, consoleSheet},
		"/pwa-sheets":         {"/app.css", baseSheet, kioskSheet, keypadSheet, signageSheet},
	}
	var screens []string
	for p := range pages {
		app.Route(p, func() app.Composer { return &testPage{} })
		if p != "/console/pwa-sheets" {
			screens = append(screens, p)
		}
	}
	h := New(testFiles(t), "test", screens)
	for path, want := range pages {
		res := get(t, h, path)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", path, res.StatusCode)
		}
		var got []string
		for _, link := range sheetLink.FindAll(body, -1) {
			got = append(got, string(href.FindSubmatch(link)[1]))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s links %v; want %v", path, got, want)
		}
	}
	worker, _ := io.ReadAll(get(t, h, "/app-worker.js").Body)
	for _, s := range styles {
		if !slices.Contains(sheetsOf("/"), s) && s != consoleSheet {
			t.Errorf("the start page lacks %s", s)
		}
		if !strings.Contains(string(worker), `"`+s+`"`) {
			t.Errorf("the worker does not cache %s: a screen offline would start unstyled", s)
		}
	}
}

// href finds the address of each style sheet a page links.
var href = regexp.MustCompile(`href="([^"]+)"`)

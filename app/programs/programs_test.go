package programs

import (
	"regexp"
	"testing"

	"storecast/app/claim"
	"storecast/app/console"
	"storecast/app/kiosk"
	"storecast/app/signage"
)

// The loader picks a page's wasm with ConsolePattern, and each wasm sends
// the other's paths to a full load: every page must be on exactly one side.
func TestEveryPageIsInOneWasm(t *testing.T) {
	consoleRe, screensRe := regexp.MustCompile(ConsolePattern), regexp.MustCompile(ScreensPattern)
	screens := append([]string{"/", signage.Path, "/c/ABCD-EFGH-JKLM", "/claim/spring"}, kiosk.Paths()...)
	if !regexp.MustCompile(claim.Pattern).MatchString("/claim/spring") {
		t.Fatal("the claim example is not a claim page")
	}
	for _, p := range screens {
		if !screensRe.MatchString(p) || consoleRe.MatchString(p) {
			t.Errorf("%s: screens %v, console %v; want app.wasm's only", p, screensRe.MatchString(p), consoleRe.MatchString(p))
		}
	}
	for _, p := range console.Paths() {
		if !consoleRe.MatchString(p) || screensRe.MatchString(p) {
			t.Errorf("%s: console %v, screens %v; want console.wasm's only", p, consoleRe.MatchString(p), screensRe.MatchString(p))
		}
	}
	for _, p := range []string{"/consoles", "/kiosks", "/nothing"} {
		if consoleRe.MatchString(p) || screensRe.MatchString(p) {
			t.Errorf("%s is claimed by a wasm; want neither (not found, no reload)", p)
		}
	}
}

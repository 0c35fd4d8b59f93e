package programs

import (
	"regexp"
	"testing"

	"storecast/app/console"
	"storecast/app/kiosk"
	"storecast/app/signage"
)

// The loader picks a page's wasm with ConsolePattern, and each wasm sends
// the other's paths and the phone's to a full load: every page must be on
// exactly one side.
func TestEveryPageIsInOneWasm(t *testing.T) {
	res := map[string]*regexp.Regexp{
		"app.wasm":     regexp.MustCompile(ScreensPattern),
		"console.wasm": regexp.MustCompile(ConsolePattern),
		"phone":        regexp.MustCompile(PhonePattern),
	}
	pages := map[string][]string{
		"app.wasm":     append([]string{"/", signage.Path}, kiosk.Paths()...),
		"console.wasm": console.Paths(),
		"phone":        {"/c/SC-7KQ2-M9XD-4TZP", "/claim/spring", "/claim/7c1f..%2Fx"},
	}
	for side, paths := range pages {
		for _, p := range paths {
			for other, re := range res {
				if got, want := re.MatchString(p), other == side; got != want {
					t.Errorf("%s: matched by %s's pattern = %v; want %v (a page of %s)", p, other, got, want, side)
				}
			}
		}
	}
	for _, p := range []string{"/consoles", "/kiosks", "/nothing", "/c", "/claims/x"} {
		for side, re := range res {
			if re.MatchString(p) {
				t.Errorf("%s is claimed by %s; want nobody (not found, no reload)", p, side)
			}
		}
	}
}

package e2e

import (
	"context"
	"encoding/json"
	"testing"

	"storecast/e2e/harness"
)

// keypadSizesJS measures the keypad's keys and the category tiles: the
// smallest side of any of them, and which.
const keypadSizesJS = `(() => {
	let min = 1e9, what = "";
	for (const el of document.querySelectorAll(".sc-key, .sc-browse-tile")) {
		const r = el.getBoundingClientRect();
		const s = Math.min(r.width, r.height);
		if (s < min) { min = s; what = el.id; }
	}
	return JSON.stringify({min, what});
})()`

// TestKioskKeypadAccessibility opens the price check's keypad in every
// mode at both kiosk orientations, types on it and opens a category, and
// checks the screen with axe-core (WCAG 2.2 AA; 7:1 in contrast and elder
// modes) and that every key and category is at least 60 px.
func TestKioskKeypadAccessibility(t *testing.T) {
	t.Parallel()
	for _, vp := range []struct {
		name string
		w, h int
	}{{"portrait", 1080, 1920}, {"landscape", 1920, 1080}} {
		t.Run(vp.name, func(t *testing.T) {
			t.Parallel()
			s := kit.Server(t, harness.Options{})
			tab := kit.Tab(t, vp.w, vp.h)
			setViewport(t, tab, vp.w, vp.h, 1)
			open(t, tab, s.URL+"/kiosk?lang=en")
			for _, mode := range kioskModes {
				t.Run(modeName(mode), func(t *testing.T) {
					goKiosk(t, tab, withModes("/kiosk/price?lang=en", mode), `document.querySelector("#sc-key-c") && document.querySelector("#sc-browse-dairy")`)
					click(t, tab, "#sc-key-clear") // a search stays when a mode changes
					waitJS(t, tab, `document.querySelector("#sc-q").value === ""`)
					click(t, tab, "#sc-key-c")
					click(t, tab, "#sc-key-m")
					waitJS(t, tab, `document.querySelector("#sc-q").value === "cm" && document.querySelector(".sc-product")`)
					checkKeypad(t, tab, mode)
					click(t, tab, "#sc-browse-dairy")
					waitJS(t, tab, `(h => h && h.innerText === "Products in Dairy & chilled")(document.querySelector("#sc-results-title")) && document.querySelector(".sc-product")`)
					checkKeypad(t, tab, mode)
				})
			}
		})
	}
}

// checkKeypad runs axe on the price check as it is and measures its keys.
func checkKeypad(t *testing.T, tab context.Context, mode string) {
	t.Helper()
	enhanced := mode == "contrast" || mode == "elder"
	if vs := runAxe(t, tab, enhanced, ""); len(vs) > 0 {
		t.Errorf("axe found %d violations:%s", len(vs), describe(vs))
	}
	var got struct {
		Min  float64 `json:"min"`
		What string  `json:"what"`
	}
	if err := json.Unmarshal([]byte(eval[string](t, tab, keypadSizesJS)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Min < 60 {
		t.Errorf("smallest key %.0f px (%s); want at least 60", got.Min, got.What)
	}
	if m := measure(t, tab); mode == "elder" && m.Choices > 4 {
		t.Errorf("elder mode offers %d choices; want at most 4", m.Choices)
	}
}

// TestKioskKeypadVoice: in voice mode each key is read with what is typed
// so far, and then the answer.
func TestKioskKeypadVoice(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk/price?lang=en&m=voice")
	waitJS(t, tab, `document.querySelector("#sc-key-c")`)
	m := mark(t, tab)
	click(t, tab, "#sc-key-c")
	waitSpoken(t, tab, m, "on the first key", says("Typed: C"))
	m = mark(t, tab)
	click(t, tab, "#sc-key-m")
	waitSpoken(t, tab, m, "with the answer", says("Typed: C M. 1 product found. Fresh strawberries 500 g, 29 yuan 90, Aisle 1."))
	m = mark(t, tab)
	click(t, tab, "#sc-key-clear")
	waitSpoken(t, tab, m, "on clear", says("Nothing typed yet"))
	m = mark(t, tab)
	click(t, tab, "#sc-browse-drinks")
	waitSpoken(t, tab, m, "on a category", startsWith("Products in Drinks & snacks. 6 products found. "))
}

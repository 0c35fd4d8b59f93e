package e2e

import (
	"strings"
	"testing"

	"storecast/e2e/harness"
)

// TestKioskAttractLoopTakesTurns: the attract loop keeps two offers in the
// page whatever the number of offers, the one on screen and, hidden, the
// next with its image already loaded. At a turn the hidden one is shown
// as it is (the same element, the same loaded image) and the other one
// takes the offer after it.
func TestKioskAttractLoopTakesTurns(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	// The store's language and no modes: the loop turns only when nobody
	// is there, and the kiosk resets to it after 600 s.
	open(t, tab, s.URL+"/kiosk?idle=600")

	const slides = `[...document.querySelectorAll(".sc-attract-slide")]`
	waitJS(t, tab, slides+`.length === 2 && `+slides+`.filter(e => e.hidden).length === 1`)
	if got := eval[string](t, tab, `document.querySelector(".sc-count").textContent`); !strings.Contains(got, "7") {
		t.Fatalf("count = %q; want the demo's 7 offers, of which the page holds 2", got)
	}
	// The next offer's image has loaded while it waits.
	waitJS(t, tab, `(() => { const i = document.querySelector(".sc-attract-slide[hidden] img"); return i && i.complete && i.naturalWidth > 0 })()`)
	// One script, so that no turn falls between marking and reading.
	pair := eval[[]string](t, tab, `(() => {
		const h = document.querySelector(".sc-attract-slide[hidden]");
		h.scNext = true;
		h.querySelector("img").scNext = true;
		return [h, document.querySelector(".sc-attract-slide:not([hidden])")].map(e => e.querySelector(".sc-promo-title").textContent);
	})()`)
	next, shown := pair[0], pair[1]
	if next == shown {
		t.Fatalf("the next offer is the one on screen: %q", next)
	}

	// A turn every 6 s.
	waitJS(t, tab, `document.querySelector(".sc-attract-slide:not([hidden])").scNext === true`)
	frame(t, tab)
	if got := eval[string](t, tab, `document.querySelector(".sc-attract-slide:not([hidden]) .sc-promo-title").textContent`); got != next {
		t.Fatalf("after the turn the screen shows %q; want %q, the offer that was next", got, next)
	}
	if !eval[bool](t, tab, `document.querySelector(".sc-attract-slide:not([hidden]) img").scNext === true`) {
		t.Fatal("the image on screen after the turn is a new element; want the one that had loaded while hidden")
	}
	after := eval[string](t, tab, `(() => {
		const s = `+slides+`;
		return s.length + " " + s.filter(e => e.hidden).map(e => e.querySelector(".sc-promo-title").textContent).join("|");
	})()`)
	if after == "2 "+shown || after == "2 "+next || len(after) < 3 || after[:2] != "2 " {
		t.Fatalf("after the turn the page holds %q; want 2 slides, the hidden one the offer after %q", after, next)
	}
}

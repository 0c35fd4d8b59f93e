package e2e

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/e2e/harness"
)

// An admin sets the screens' opening hours in the console: the whole
// store Monday to Friday, and the entrance group on Saturday. A day with
// an opening and no closing is refused next to its field, with nothing
// sent (the form with its problem passes axe and has no small targets);
// the closing typed in after a second schedule was added reaches the
// draft, and once saved GET /api/v1/power returns the hours and the live
// wall says them. Focus is on something at every step, never on <body>.
func TestConsoleAdminSetsOpeningHours(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	screen := kit.Tab(t, 1280, 720)
	code := pairingCode(t, screen, s.URL+"/signage?pair=1&lang=en")
	if st := s.API(t, http.MethodPost, "/api/v1/screens", map[string]any{"code": code, "name": "Entrance", "groups": []string{"entrance"}}, nil); st != http.StatusCreated {
		t.Fatalf("pair = %d; want 201", st)
	}

	console := harness.NewTab(t, screen)
	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	waitJS(t, console, `document.querySelector(".cs-power-hours")?.textContent.includes("always")`)
	do(t, console, chromedp.Click("#power-open"))
	focusOn(t, console, "power-title", "opening the form")

	do(t, console, chromedp.Click("#power-add"))
	focusOn(t, console, "power-schedules-0-groups", `the first "Add a schedule"`)
	for _, w := range []string{"1", "2", "3", "4", "5"} {
		setValue(t, console, "#power-schedules-0-days-"+w+"-open", "08:00")
		if w != "1" { // Monday's closing is left out: refused
			setValue(t, console, "#power-schedules-0-days-"+w+"-close", "22:00")
		}
	}
	// The second schedule moves the draft's schedules to a new array: the
	// first one's controls must still write to the draft after it.
	do(t, console, chromedp.Click("#power-add"))
	focusOn(t, console, "power-schedules-1-groups", `the second "Add a schedule"`)
	setValue(t, console, "#power-schedules-1-groups", "entrance")
	setValue(t, console, "#power-schedules-1-days-6-open", "10:00")
	setValue(t, console, "#power-schedules-1-days-6-close", "18:00")

	do(t, console, chromedp.Click("#power-save"))
	focusOn(t, console, "power-schedules-0-days-1-close", "saving without Monday's closing")
	want := i18n.T("en", i18n.ConsoleErrPowerTime)
	if got := eval[string](t, console, `(e => e.getAttribute("aria-invalid") === "true" && e.getAttribute("aria-describedby") === e.id + "-err" ? document.getElementById(e.id + "-err").textContent : "")(document.activeElement)`); got != want {
		t.Errorf("Monday's missing closing time says %q; want its field invalid, described by %q", got, want)
	}
	if n := eval[int](t, console, `document.querySelectorAll("#power .cs-err").length`); n != 1 {
		t.Errorf("%d problems shown; want 1, Monday's closing", n)
	}
	if got := openingHours(t, s); len(got.Schedules) != 0 {
		t.Errorf("after a refused save GET /api/v1/power = %+v; want no schedules, nothing changed", got)
	}
	for _, sz := range consoleSizes {
		setViewport(t, console, sz.width, sz.height, 1)
		if vs := runAxe(t, console, true, "#power-panel"); len(vs) > 0 {
			t.Errorf("power form with problems on a %s: axe-core found %d violations:%s", sz.name, len(vs), describe(vs))
		}
		if small := eval[[]string](t, console, consoleTargetsJS); len(small) > 0 {
			t.Errorf("power form with problems on a %s: targets under 44 px: %v", sz.name, small)
		}
	}
	setViewport(t, console, 1280, 720, 1)
	focusKept(t, console, "axe and the viewports")

	setValue(t, console, "#power-schedules-0-days-1-close", "22:00")
	do(t, console, chromedp.Click("#power-save"))
	waitJS(t, console, fmt.Sprintf(`document.querySelector("#power [role=status]")?.textContent === %q`, i18n.T("en", i18n.ConsolePwSaved)))
	focusOn(t, console, "power-save", "saving")
	if e := eval[string](t, console, `[...document.querySelectorAll("#power .cs-err")].map(e => e.id + ": " + e.textContent).join("; ")`); e != "" {
		t.Fatalf("saved, yet the form says %s", e)
	}
	if vs := runAxe(t, console, true, "#power-panel"); len(vs) > 0 {
		t.Errorf("power form saved: axe-core found %d violations:%s", len(vs), describe(vs))
	}

	wantPower := content.Power{Schedules: []content.PowerSchedule{
		{Hours: []content.OpenHours{{Weekdays: []int{1, 2, 3, 4, 5}, Open: "08:00", Close: "22:00"}}},
		{Group: "entrance", Hours: []content.OpenHours{{Weekdays: []int{6}, Open: "10:00", Close: "18:00"}}},
	}}
	if got := openingHours(t, s); !reflect.DeepEqual(got, wantPower) {
		t.Errorf("GET /api/v1/power = %+v; want %+v", got, wantPower)
	}

	wall := `document.querySelector(".cs-power-hours")?.textContent`
	waitJS(t, console, wall+`?.includes("whole store: Mon, Tue, Wed, Thu, Fri 08:00–22:00")`)
	if text := eval[string](t, console, wall); !strings.Contains(text, "entrance: Sat 10:00–18:00") {
		t.Errorf("live wall says %q; want the entrance's Saturday hours", text)
	}
	focusKept(t, console, "the live wall showing the hours")

	// Removing the entrance's schedule shows the bar's, added after it, in
	// its controls: Saturday empty, Sunday the bar's.
	do(t, console, chromedp.Click("#power-add"))
	focusOn(t, console, "power-schedules-2-groups", `the third "Add a schedule"`)
	setValue(t, console, "#power-schedules-2-groups", "bar")
	setValue(t, console, "#power-schedules-2-days-0-open", "17:00")
	setValue(t, console, "#power-schedules-2-days-0-close", "23:00")
	do(t, console, chromedp.Click(`#power [data-schedule="2"] .cs-btn-danger`))
	focusOn(t, console, "power-add", "removing the second schedule")
	values := `["groups", "days-6-open", "days-6-close", "days-0-open", "days-0-close"].map(n => document.getElementById("power-schedules-1-" + n).value)`
	if got, want := eval[[]string](t, console, values), []string{"bar", "", "", "17:00", "23:00"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after removing schedule 2, schedule 2 shows %q; want the bar's %q", got, want)
	}
	if n := eval[int](t, console, `document.querySelectorAll("#power .cs-power-schedule").length`); n != 2 {
		t.Errorf("%d schedules after removing one of 3; want 2", n)
	}
	// The last schedule's Remove leaves the page with it; focus goes on.
	do(t, console, chromedp.Click(`#power [data-schedule="2"] .cs-btn-danger`))
	focusOn(t, console, "power-add", "removing the last schedule")
	if n := eval[int](t, console, `document.querySelectorAll("#power .cs-power-schedule").length`); n != 1 {
		t.Errorf("%d schedules after removing the last of 2; want 1", n)
	}
}

// focusOn waits for focus to be on the element with id, after step.
func focusOn(t *testing.T, tab context.Context, id, step string) {
	t.Helper()
	if err := harness.WaitJS(tab, eventually, fmt.Sprintf(`document.activeElement?.id === %q`, id)); err != nil {
		t.Fatalf("after %s: focus is on %q; want #%s", step, eval[string](t, tab, focusedJS), id)
	}
}

// openingHours is the store's opening hours, as GET /api/v1/power says them.
func openingHours(t *testing.T, s *harness.Server) content.Power {
	t.Helper()
	var p content.Power
	if st := s.API(t, http.MethodGet, "/api/v1/power", nil, &p); st != http.StatusOK {
		t.Fatalf("GET /api/v1/power = %d; want 200", st)
	}
	return p
}

package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// consoleTargetsJS lists the console's controls smaller than 44 px on a
// side (radio buttons count by their label, a file input by its button),
// and radio buttons and check boxes themselves under 24 px.
const consoleTargetsJS = `(() => {
	const small = [];
	for (const el of document.querySelectorAll(".cs-console a[href], .cs-console button, .cs-console input, .cs-console textarea, .cs-console label.cs-radio, .cs-console label.cs-file-btn")) {
		if (el.classList.contains("sc-skip") || el.type === "file") continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		const least = el.type === "radio" || el.type === "checkbox" ? 24 : 44;
		if (Math.min(r.width, r.height) < least) small.push((el.id || el.className || el.tagName) + " " + Math.round(r.width) + "x" + Math.round(r.height));
	}
	return small;
})()`

// checkConsoleView runs axe-core (WCAG 2.2 AA, 7:1 contrast) on the
// console as it is, on a phone and a laptop, and measures its targets.
func checkConsoleView(t *testing.T, tab context.Context, view string) {
	t.Helper()
	for _, sz := range consoleSizes {
		setViewport(t, tab, sz.width, sz.height, 1)
		if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
			t.Errorf("%s on a %s: axe-core found %d violations:%s", view, sz.name, len(vs), describe(vs))
		}
		if small := eval[[]string](t, tab, consoleTargetsJS); len(small) > 0 {
			t.Errorf("%s on a %s: targets under 44 px: %v", view, sz.name, small)
		}
	}
}

// Every console view, on a phone and a laptop, passes axe-core's WCAG 2.2 AA
// rules and 7:1 text contrast (AAA), and has no control smaller than 44 px
// (radio buttons and check boxes: 24 px): the views with content, a form
// showing its problems, and the menus of each role.
func TestConsoleAccessibility(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 390, 844)
	check := func(view string) {
		t.Helper()
		checkConsoleView(t, tab, view)
	}

	do(t, tab, chromedp.Navigate(s.URL+"/console"))
	// The form is the server's until the wasm takes the page over, which
	// replaces it: typing before then is lost, or refused mid-swap.
	waitJS(t, tab, `document.querySelector("#setup-token") && `+wasmStarted)
	check("setup")
	// The first admin, proven by the data directory's token; then signed in.
	do(t, tab,
		chromedp.SendKeys("#setup-token", s.Token),
		chromedp.SendKeys("#setup-username", "boss"),
		chromedp.SendKeys("#setup-password", "admin-pass-12"),
		chromedp.SendKeys("#setup-repeat", "admin-pass-12"),
		chromedp.Click(`#setup button[type="submit"]`))
	waitJS(t, tab, `document.querySelector(".cs-who")?.textContent.startsWith("boss ")`)
	s.API(t, "POST", "/api/v1/overrides", map[string]any{"message": map[string]string{"zh-Hans": "东门临时关闭"}, "severity": "emergency", "minutes": 5}, nil)

	consoleGo(t, tab, "/console/account", `document.querySelector("#cs-signout")`)
	do(t, tab, chromedp.Click("#cs-signout"))
	waitJS(t, tab, `(e => e && !e.disabled)(document.querySelector("#signin-username"))`)
	do(t, tab, chromedp.Click(`#signin button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#signin-username-err")`)
	check("sign-in with problems")
	consoleSignIn(t, tab, "", "boss", "admin-pass-12")
	consoleGo(t, tab, "/console", `document.querySelector("#pair-open")`)
	do(t, tab, chromedp.Click("#pair-open"))
	waitJS(t, tab, `document.activeElement?.id === "pair-code"`)
	do(t, tab, chromedp.Click(`#pair button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#pair-code-err")`)
	check("screens")
	do(t, tab, chromedp.Click("#enrol-open"))
	waitJS(t, tab, `document.activeElement?.id === "enrol-name"`)
	do(t, tab, chromedp.Click(`#enrol button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#enrol-name-err")`)
	check("enrolment link with problems")
	do(t, tab, chromedp.SendKeys("#enrol-name", "Entrance"), chromedp.Click(`#enrol button[type="submit"]`))
	waitJS(t, tab, `document.querySelector(".cs-enrol-qr") && document.querySelector(".cs-enrol-link")`)
	check("enrolment link made")
	for _, v := range []struct{ path, ready string }{
		{"/console/promotions", `document.querySelector(".cs-promo-card img")`},
		{"/console/overrides", `document.querySelector(".cs-override-card")`},
		{"/console/users", `document.querySelector(".cs-user")`},
		{"/console/audit", `document.querySelector(".cs-log-entry")`},
		{"/console/account", `document.querySelector("#token-name")`},
	} {
		consoleGo(t, tab, v.path, v.ready)
		check(v.path)
	}
	consoleGo(t, tab, "/console/promotions", `document.querySelector(".cs-promo-card")`)
	do(t, tab, chromedp.Click("#promo-new"))
	waitJS(t, tab, `document.activeElement?.id === "promo-title-zh-Hans"`)
	do(t, tab, chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#promo-price-err")`)
	check("promotion editor with problems")
	consoleGo(t, tab, "/console/overrides", `document.querySelector("#override")`)
	do(t, tab, chromedp.Click(`label[for="override-target-groups"]`))
	waitJS(t, tab, `document.querySelector("#override-groups")`) // the form grew: click where the button is now
	do(t, tab, chromedp.Click(`#override button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#override-groups-err")`)
	check("override form with problems")
}

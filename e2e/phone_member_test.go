package e2e

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// TestPhoneMemberCard: on a phone, a shopper joins by touch, with no name
// and no number, and sees their member code as a QR code; the till earns
// with that code and the card shows the points; the code changes with its
// 30-second step; the history lists the earn; deleting the membership
// takes two touches and leaves the page ready to join again. axe finds
// nothing on the join and card views.
func TestPhoneMemberCard(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 390, 844)
	errs := watchErrors(t, tab)
	do(t, tab, chromedp.Navigate(s.URL+"/m?lang=zh-Hans"))
	waitJS(t, tab, `!document.querySelector(".sc-member-join").hidden`)
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("axe, joining: %d violations:%s", len(vs), describe(vs))
	}
	if *updateScreenshots {
		shot(t, tab, "../docs/screenshots/phone-member-join.png")
	}
	tap(t, tab, ".sc-member-join-button")
	waitJS(t, tab, `(q => q && !q.hidden && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-member-qr"))`)
	code := eval[string](t, tab, `document.querySelector(".sc-member-code").textContent`)
	if got := eval[string](t, tab, `document.querySelector(".sc-member-points").textContent`); got != "0" {
		t.Errorf("a new member's points: %q; want 0", got)
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("axe, the card: %d violations:%s", len(vs), describe(vs))
	}
	sizes := eval[[]float64](t, tab, `(() => {
		let min = 1e9;
		for (const el of document.querySelectorAll("main *")) {
			const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== "");
			if (own && el.getClientRects().length > 0) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
		}
		return [min, document.documentElement.scrollWidth - innerWidth];
	})()`)
	if sizes[0] < 14 || sizes[1] > 0 {
		t.Errorf("on a 390 px phone: smallest text %.1f px (want at least 14), %v px wider than the screen (want 0)", sizes[0], sizes[1])
	}

	// The till earns with the code the phone shows.
	in := rest.PointsEarnInput{MemberCode: code, ReceiptID: "R-1", AmountFen: 3000}
	if st := s.API(t, http.MethodPost, "/api/v1/points/earns", in, nil); st != http.StatusCreated {
		t.Fatalf("earning with the phone's code = %d; want 201", st)
	}
	// The code of the next step, and the points with it, come by themselves.
	harness.CheckFor(t, 45*time.Second, 250*time.Millisecond, func() error {
		now := eval[[]string](t, tab, `[document.querySelector(".sc-member-code").textContent, document.querySelector(".sc-member-points").textContent]`)
		if now[0] == code || now[1] != "30" {
			return fmt.Errorf("the card shows code %s (was %s) and %s points; want a new code and 30 points", now[0], code, now[1])
		}
		return nil
	})

	tap(t, tab, ".sc-member-entries-button")
	waitJS(t, tab, `(l => !l.hidden && l.children.length === 1 && l.textContent.includes("获得 +30"))(document.querySelector(".sc-member-entries"))`)
	if *updateScreenshots {
		eval[bool](t, tab, `(scrollTo(0, 0), true)`)
		shot(t, tab, "../docs/screenshots/phone-member-card.png")
	}

	tap(t, tab, ".sc-member-delete")
	waitJS(t, tab, `!document.querySelector(".sc-member-confirm").hidden && document.activeElement === document.querySelector(".sc-member-delete-yes")`)
	tap(t, tab, ".sc-member-delete-yes")
	waitJS(t, tab, `!document.querySelector(".sc-member-join").hidden && document.querySelector(".sc-member-card").hidden &&
		document.querySelector("[role=status]").textContent !== "" && !localStorage.getItem("storecast.points.card")`)
	if st := s.API(t, http.MethodGet, "/api/v1/points/members/"+code, nil, nil); st != http.StatusNotFound && st != http.StatusUnprocessableEntity {
		t.Errorf("the deleted member looked up at the till = %d; want 404 or 422 (its code is void)", st)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("the page logged errors or CSP violations: %v", e)
	}
}

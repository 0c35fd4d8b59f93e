package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// partnersExchanged adds a partner merchant, and a member who earns and
// exchanges some points out to it and some back, for the settlement.
func partnersExchanged(t *testing.T, s *harness.Server) {
	t.Helper()
	partner := rest.PointsPartner{Names: map[string]string{"en": "Mall Books", "zh-Hans": "商场书店", "zh-Hant": "商場書店"},
		Out: rest.Rate{Num: 2, Den: 1}, In: rest.Rate{Num: 1, Den: 2}, MemberCap: 500, Active: true}
	if code := s.API(t, http.MethodPut, "/api/v1/points/partners/mall-books", partner, nil); code != http.StatusOK {
		t.Fatalf("PUT partner = %d; want 200", code)
	}
	var m rest.PointsMember
	if code := s.API(t, http.MethodPost, "/api/v1/points/members", rest.PointsJoin{ConsentVersion: 1, ConsentLocale: "en"}, &m); code != http.StatusCreated {
		t.Fatalf("join = %d; want 201", code)
	}
	earn := rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "r-1", AmountFen: 50000}
	if code := s.API(t, http.MethodPost, "/api/v1/points/earns", earn, nil); code != http.StatusCreated {
		t.Fatalf("earn = %d; want 201", code)
	}
	for _, x := range []rest.PartnerExchangeInput{
		{MemberCode: m.Code, Partner: "mall-books", Direction: rest.ExchangeOut, Points: 120, Key: "x-1"},
		{MemberCode: m.Code, Partner: "mall-books", Direction: rest.ExchangeIn, Points: 40, Key: "x-2"},
	} {
		if code := s.API(t, http.MethodPost, "/api/v1/points/partner-exchanges", x, nil); code != http.StatusCreated {
			t.Fatalf("exchange %s = %d; want 201", x.Key, code)
		}
	}
}

// An editor opens the partner merchants, is told what is missing from a
// new one, adds it, and reads the settlement of the exchanges with a
// link to the same rows as CSV. Both views pass axe.
func TestConsolePartnersAndSettlement(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	partnersExchanged(t, s)
	console := kit.Tab(t, 390, 844)
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	do(t, console, toView("/console/partners"))
	waitJS(t, console, `document.querySelector(".cs-partner-card[data-id='mall-books']")`)
	checkConsoleView(t, console, "partners")
	if *updateScreenshots {
		consoleShots(t, console, "partners", `document.querySelector(".cs-partner-card")`)
	}
	setViewport(t, console, 390, 844, 1)
	do(t, console, chromedp.Click("#pt-new"))
	waitJS(t, console, `document.activeElement?.id === "pt-id"`)
	refusedSave(t, console, "pt", "pt-id")
	checkConsoleView(t, console, "partner editor with problems")
	setViewport(t, console, 390, 844, 1)
	setValue(t, console, "#pt-id", "sister-tea")
	setValue(t, console, "#pt-names-en", "Sister Tea")
	setValue(t, console, "#pt-out-ours", "2")
	setValue(t, console, "#pt-out-theirs", "3")
	setValue(t, console, "#pt-in-theirs", "3")
	setValue(t, console, "#pt-in-ours", "1")
	setValue(t, console, "#pt-member_cap", "200")
	do(t, console, chromedp.Click(`#pt button[type="submit"]`))
	waitJS(t, console, `document.querySelector(".cs-partner-card[data-id='sister-tea']")`)
	var list rest.PointsPartners
	s.API(t, http.MethodGet, "/api/v1/points/partners", nil, &list)
	var got []string
	for _, p := range list.Partners {
		got = append(got, p.ID)
		if p.ID == "sister-tea" && (p.Out != rest.Rate{Num: 3, Den: 2} || p.In != rest.Rate{Num: 1, Den: 3} || p.MemberCap != 200 || !p.Active) {
			t.Errorf("the partner saved = %+v; want out 3/2, in 1/3, member cap 200, active", p)
		}
	}
	if strings.Join(got, " ") != "mall-books sister-tea" {
		t.Errorf("partners = %v; want mall-books and sister-tea", got)
	}

	do(t, console, toView("/console/settlement"))
	waitJS(t, console, `document.querySelector("#st-caption") && document.querySelectorAll(".cs-sg-table tbody tr").length === 1`)
	row := eval[string](t, console, `[...document.querySelectorAll(".cs-sg-table tbody tr > *")].map(c => c.textContent).slice(1).join(" ")`)
	if row != "mall-books 120 240 40 20 100 1.00" {
		t.Errorf("settlement row = %q; want mall-books, 120 out for 240, 40 in for 20, 100 points owed, 1.00 yuan", row)
	}
	csv := eval[string](t, console, `document.querySelector("#st-csv").href`)
	if !strings.Contains(csv, "/api/v1/points/settlement?") || !strings.Contains(csv, "format=csv") {
		t.Errorf("CSV link = %q; want the settlement as CSV", csv)
	}
	body := eval[string](t, console, `fetch(document.querySelector("#st-csv").href).then(r => r.text())`)
	if !strings.HasPrefix(body, "day,partner,out_ours") || !strings.Contains(body, ",mall-books,120,240,20,40,100,100") {
		t.Errorf("the CSV download:\n%s\nwant the header and the day's row", body)
	}
	checkConsoleView(t, console, "settlement")
	if *updateScreenshots {
		consoleShots(t, console, "settlement", `document.querySelector(".cs-sg-table tbody tr")`)
	}
}

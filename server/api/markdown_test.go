package api

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"storecast/app/rest"
)

// nearLot feeds product sku with a lot best before tomorrow (the store's
// date on the API's clock) and returns that date.
func nearLot(t *testing.T, e *env, sku string) string {
	t.Helper()
	bb := e.api.now().In(e.store.Location()).AddDate(0, 0, 1).Format(time.DateOnly)
	e.call(t, 200, "POST", "/api/v1/catalogue/batches", `{"products":[{"sku":"`+sku+`","name":{"en":"Yoghurt"},"price":800,
		"lots":[{"best_before":"`+bb+`","quantity":3}]}]}`)
	return bb
}

func (e *env) markdowns(t *testing.T) []rest.MarkdownSuggestion {
	t.Helper()
	var l rest.MarkdownList
	if err := json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/markdowns", "")), &l); err != nil {
		t.Fatal(err)
	}
	return l.Suggestions
}

// A lot fed through the catalogue API is suggested; approving it twice at
// once makes one offer linked to the product at the suggested price until
// the best-before day ends; dismissing takes the other lot away.
func TestMarkdownApproveOnceDismiss(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	// Today on the store's clock (sessions need the real one); the
	// rule's days are tested on a fake clock in server/markdown.
	today := time.Now().In(e.store.Location())
	day := func(n int) string { return today.AddDate(0, 0, n).Format(time.DateOnly) }
	if code, body, _ := e.batch(t, tok, "", `{"products":[{"sku":"M1","name":{"en":"Milk"},"price":1000,"stock":7,"lots":[
		{"best_before":"`+day(0)+`","quantity":2},{"best_before":"`+day(2)+`","quantity":5},
		{"best_before":"`+day(1)+`","quantity":0},{"best_before":"`+day(15)+`","quantity":9}]}]}`); code != http.StatusOK {
		t.Fatalf("batch = %d %s", code, body)
	}
	got := e.markdowns(t)
	if len(got) != 2 || got[0].BestBefore != day(0) || got[0].SuggestedPrice != 500 || got[0].Percent != 50 ||
		got[1].BestBefore != day(2) || got[1].SuggestedPrice != 700 || got[1].DaysLeft != 2 {
		t.Fatalf("suggestions = %+v; want today's at 5.00 and the day after tomorrow's at 7.00 (not tomorrow's, sold out, nor one in 15 days)", got)
	}

	e.addUser(t, "ed", "editor")
	ed := e.signIn(t, "ed")
	var (
		wg    sync.WaitGroup
		codes [2]int
		ids   [2]string
	)
	for i := range 2 {
		wg.Go(func() {
			code, body := ed.send(t, e, "POST", "/api/v1/markdowns/M1/"+day(0)+"/approve", "", true)
			var a rest.MarkdownApproved
			json.Unmarshal([]byte(body), &a)
			codes[i], ids[i] = code, a.Promotion.ID
		})
	}
	wg.Wait()
	if codes[0]+codes[1] != http.StatusOK+http.StatusCreated || ids[0] == "" || ids[0] != ids[1] {
		t.Fatalf("two taps = %v %v; want one 201 and one 200 with the same offer", codes, ids)
	}
	ps, err := e.store.Promotions(t.Context())
	if err != nil || len(ps) != 1 {
		t.Fatalf("promotions = %d, %v; want 1", len(ps), err)
	}
	p, end := ps[0], time.Date(today.Year(), today.Month(), today.Day()+1, 0, 0, 0, 0, today.Location())
	if p.Price != 500 || p.WasPrice != 1000 || p.Priority != 1000 || len(p.Products) != 1 || p.Products[0] != "M1" || p.ValidTo == nil || !p.ValidTo.Equal(end) {
		t.Errorf("offer = %+v; want M1 at 5.00, was 10.00, first (priority 1000), until %v", p, end)
	}
	if got := e.markdowns(t); len(got) != 1 || got[0].BestBefore != day(2) {
		t.Errorf("suggestions after approval = %+v; want the 7th only", got)
	}

	for range 2 {
		if code, body := ed.send(t, e, "POST", "/api/v1/markdowns/M1/"+day(2)+"/dismiss", "", true); code != http.StatusNoContent {
			t.Errorf("dismiss = %d %s; want 204, also the second time", code, body)
		}
	}
	if got := e.markdowns(t); len(got) != 0 {
		t.Errorf("suggestions after dismissal = %+v; want none", got)
	}
	for path, want := range map[string]int{
		"/api/v1/markdowns/M1/" + day(2) + "/approve":  http.StatusNotFound, // dismissed
		"/api/v1/markdowns/M1/" + day(1) + "/approve":  http.StatusNotFound, // sold out
		"/api/v1/markdowns/M1/" + day(15) + "/approve": http.StatusNotFound, // not near yet
		"/api/v1/markdowns/M1/" + day(0) + "/approve":  http.StatusOK,       // the first offer again
		"/api/v1/markdowns/M2/" + day(0) + "/dismiss":  http.StatusNotFound, // no such lot
		"/api/v1/markdowns/M1/5%20May/dismiss":         http.StatusNotFound, // no date
	} {
		if code, body := ed.send(t, e, "POST", path, "", true); code != want {
			t.Errorf("POST %s = %d %s; want %d", path, code, body, want)
		}
	}
}

// A lot leaves the suggestions once its date has passed, and cashiers
// neither see nor approve them.
func TestMarkdownPastDateAndRoles(t *testing.T) {
	e := newEnv(t)
	bb := nearLot(t, e, "Y1") // best before tomorrow
	e.addUser(t, "cy", "cashier")
	cy := e.signIn(t, "cy")
	for _, r := range []struct{ method, path string }{
		{"GET", "/api/v1/markdowns"},
		{"POST", "/api/v1/markdowns/Y1/" + bb + "/approve"},
		{"POST", "/api/v1/markdowns/Y1/" + bb + "/dismiss"},
	} {
		if code, _ := cy.send(t, e, r.method, r.path, "", true); code != http.StatusForbidden {
			t.Errorf("a cashier's %s %s = %d; want 403", r.method, r.path, code)
		}
	}
	if got := e.markdowns(t); len(got) != 1 {
		t.Fatalf("suggestions = %+v; want 1", got)
	}
	e.api.now = func() time.Time { return time.Now().Add(48 * time.Hour) } // the day after best-before
	if got := e.markdowns(t); len(got) != 0 {
		t.Errorf("suggestions past the date = %+v; want none", got)
	}
	if code, body := e.do(t, "POST", "/api/v1/markdowns/Y1/"+bb+"/approve", ""); code != http.StatusNotFound {
		t.Errorf("approve past the date = %d %s; want 404", code, body)
	}
}

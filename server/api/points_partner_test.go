package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"storecast/app/rest"
	"storecast/server/points"
)

// samplePartner gives 2 of its points for one of ours and 1 of ours for
// 2 of its, up to 50 of ours a member a day.
const samplePartner = `{"names":{"en":"Mall Books","zh-Hans":"商场书店"},"out":{"num":2,"den":1},"in":{"num":1,"den":2},"member_cap":50,"partner_cap":0,"active":true}`

// memberWith joins a member and earns them points (100 per 100 yuan at
// the default rules); it returns their code.
func (e *env) memberWith(t *testing.T, fen int64) string {
	t.Helper()
	code := e.member(t)
	if _, err := e.points.Earn(context.Background(), "pos-0", rest.PointsEarnInput{MemberCode: code, ReceiptID: "seed-" + code, AmountFen: fen}); err != nil {
		t.Fatal(err)
	}
	return code
}

func exchangeBody(code, partner, dir, key string, pts int64) string {
	b, _ := json.Marshal(rest.PartnerExchangeInput{MemberCode: code, Partner: partner, Direction: dir, Points: pts, Key: key})
	return string(b)
}

// errCode is the code of an error body.
func errCode(t *testing.T, body string) string {
	t.Helper()
	var b rest.ErrorBody
	if err := json.Unmarshal([]byte(body), &b); err != nil {
		t.Fatalf("not an error body: %s", body)
	}
	return b.Error.Code
}

// Editors keep the partners; a till exchanges with them and spends at
// them, each refusal a 4xx with its code; settlement sums the day.
func TestPointsPartnerRoutes(t *testing.T) {
	e := newEnv(t)
	golden(t, "points_partner", e.call(t, http.StatusOK, "PUT", "/api/v1/points/partners/books", samplePartner))
	e.call(t, http.StatusUnprocessableEntity, "PUT", "/api/v1/points/partners/books", `{"names":{"en":"B"},"out":{"num":2,"den":1},"in":{"num":1,"den":1},"active":true}`)
	e.call(t, http.StatusUnprocessableEntity, "PUT", "/api/v1/points/partners/books", `{"id":"other","names":{"en":"B"},"out":{"num":1,"den":1},"in":{"num":1,"den":1}}`)
	golden(t, "points_partners", e.call(t, http.StatusOK, "GET", "/api/v1/points/partners", ""))
	pos := e.pointsToken(t)
	e.call(t, http.StatusForbidden, "PUT", "/api/v1/points/partners/books", samplePartner, pos)
	code := e.memberWith(t, 10000) // 100 points
	poor := e.memberWith(t, 1000)  // 10

	golden(t, "points_partner_exchanged", e.call(t, http.StatusCreated, "POST", "/api/v1/points/partner-exchanges",
		exchangeBody(code, "books", rest.ExchangeOut, "x-1", 30), pos))
	e.call(t, http.StatusOK, "POST", "/api/v1/points/partner-exchanges", exchangeBody(code, "books", rest.ExchangeOut, "x-1", 30), pos)
	refusals := []struct {
		name, body string
		status     int
		code       string
	}{
		{"the key again, another amount", exchangeBody(code, "books", rest.ExchangeOut, "x-1", 31), 409, "key_reused"},
		{"no key", exchangeBody(code, "books", rest.ExchangeOut, "", 1), 422, "invalid"},
		{"unknown partner", exchangeBody(code, "nobody", rest.ExchangeOut, "x-2", 1), 404, "no_partner"},
		{"over the member's cap", exchangeBody(code, "books", rest.ExchangeOut, "x-3", 21), 409, "over_cap"},
		{"not enough of ours", exchangeBody(poor, "books", rest.ExchangeOut, "x-4", 11), 409, "insufficient"},
		{"not enough of theirs", exchangeBody(poor, "books", rest.ExchangeIn, "x-4", 2), 409, "insufficient"},
		{"no points", exchangeBody(code, "books", rest.ExchangeOut, "x-5", 0), 422, "invalid"},
		{"a negative amount", exchangeBody(code, "books", rest.ExchangeOut, "x-6", -5), 422, "invalid"},
		{"less than one of ours", exchangeBody(code, "books", rest.ExchangeIn, "x-7", 1), 422, "too_few"},
		{"no such direction", exchangeBody(code, "books", "sideways", "x-8", 1), 422, "invalid"},
		{"not JSON", `{"points":"many"}`, 400, "bad_json"},
	}
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			got, body := e.do(t, "POST", "/api/v1/points/partner-exchanges", tt.body, pos)
			if got != tt.status || errCode(t, body) != tt.code {
				t.Errorf("status %d %s; want %d %s", got, body, tt.status, tt.code)
			}
		})
	}

	spend := `{"member_code":"` + code + `","partner":"books","item":"novel-7","price":19,"key":"s-1"}`
	golden(t, "points_partner_spent", e.call(t, http.StatusCreated, "POST", "/api/v1/points/partner-spends", spend, pos))
	e.call(t, http.StatusOK, "POST", "/api/v1/points/partner-spends", spend, pos)
	over := `{"member_code":"` + code + `","partner":"books","item":"atlas","price":40,"key":"s-2"}`
	if got, body := e.do(t, "POST", "/api/v1/points/partner-spends", over, pos); got != 409 || errCode(t, body) != "over_cap" {
		t.Errorf("a spend past the cap = %d %s; want 409 over_cap, nothing spent", got, body)
	}
	var m rest.PointsMember
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+code, "", pos)), &m)
	if m.Balance != 60 {
		t.Errorf("balance = %d; want 60: 100 less 30 exchanged and 10 for the item, the refusals nothing", m.Balance)
	}

	day := e.store.Today()
	golden(t, "points_settlement", e.call(t, http.StatusOK, "GET", "/api/v1/points/settlement?from="+day+"&to="+day+"&fen_per_point=2", ""))
	e.call(t, http.StatusUnprocessableEntity, "GET", "/api/v1/points/settlement?from=yesterday&to="+day, "")
	e.call(t, http.StatusUnprocessableEntity, "GET", "/api/v1/points/settlement?from="+day+"&to="+day+"&fen_per_point=-1", "")
	e.call(t, http.StatusForbidden, "GET", "/api/v1/points/settlement?from="+day+"&to="+day, "", pos)

	e.call(t, http.StatusNoContent, "DELETE", "/api/v1/points/partners/books", "")
	e.call(t, http.StatusNotFound, "DELETE", "/api/v1/points/partners/nobody", "")
	if got, body := e.do(t, "POST", "/api/v1/points/partner-exchanges", exchangeBody(code, "books", rest.ExchangeOut, "x-9", 1), pos); got != 404 || errCode(t, body) != "no_partner" {
		t.Errorf("exchange with a disabled partner = %d %s; want 404 no_partner", got, body)
	}
	audit := e.call(t, http.StatusOK, "GET", "/api/v1/audit?limit=10", "")
	for _, want := range []string{`"action":"points.partner"`, `"action":"points.partner.disable"`, `out 2/1, in 1/2, caps 50`} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit log lacks %s:\n%s", want, audit)
		}
	}
}

// A till that sends one exchange 100 times at once, impatient: it is
// applied once, every answer is that exchange, and one is its 201.
func TestConcurrentIdenticalExchangesApplyOnce(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/partners/books", samplePartner)
	pos := e.pointsToken(t)
	code := e.memberWith(t, 10000)
	body := exchangeBody(code, "books", rest.ExchangeOut, "x-same", 7)
	var mu sync.Mutex
	statuses := map[int]int{}
	entries := map[int64]int{}
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/points/partner-exchanges", strings.NewReader(body))
			req.Header.Set("Authorization", pos)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			var out rest.PartnerExchanged
			json.Unmarshal(b, &out)
			mu.Lock()
			defer mu.Unlock()
			statuses[res.StatusCode]++
			entries[out.Entry.Seq]++
		})
	}
	wg.Wait()
	if statuses[201] != 1 || statuses[200] != 99 || len(entries) != 1 {
		t.Errorf("statuses %v, entries %v; want one 201, 99 × 200, all one entry", statuses, entries)
	}
	var m rest.PointsMember
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+code, "", pos)), &m)
	if m.Balance != 93 {
		t.Errorf("balance = %d; want 93 (100 less one exchange of 7)", m.Balance)
	}
}

// Settlement's CSV names partners as editors typed their ids: one that
// starts a formula comes out as text.
func TestSettlementCSVIsFormulaSafe(t *testing.T) {
	e := newEnv(t)
	for _, id := range []string{"=HYPERLINK(1)", "@SUM(A1)", "plain"} {
		e.call(t, http.StatusOK, "PUT", "/api/v1/points/partners/"+url.PathEscape(id), samplePartner)
	}
	code := e.memberWith(t, 10000)
	for i, id := range []string{"=HYPERLINK(1)", "@SUM(A1)", "plain"} {
		e.call(t, http.StatusCreated, "POST", "/api/v1/points/partner-exchanges", exchangeBody(code, id, rest.ExchangeOut, fmt.Sprint("x-", i), 5))
	}
	day := e.store.Today()
	got := e.call(t, http.StatusOK, "GET", "/api/v1/points/settlement?format=csv&from="+day+"&to="+day, "")
	want := "day,partner,out_ours,out_theirs,in_ours,in_theirs,owed_points,owed_fen\n" +
		day + ",'=HYPERLINK(1),5,10,0,0,5,5\n" +
		day + ",'@SUM(A1),5,10,0,0,5,5\n" +
		day + ",plain,5,10,0,0,5,5\n"
	if got != want {
		t.Errorf("settlement CSV:\n%s\nwant:\n%s", got, want)
	}
	e.call(t, http.StatusBadRequest, "GET", "/api/v1/points/settlement?format=xls&from="+day+"&to="+day, "")
}

// awayHQ is a chain store's ledger while head office does not answer:
// exchanges cannot be made, and partners are head office's anyway.
// (server/chain tests the real one across NATS.)
type awayHQ struct{ PointsBook }

func (awayHQ) Unreachable(err error) bool { return errors.Is(err, errFakeDown) }

func (awayHQ) Exchange(context.Context, rest.PartnerExchangeInput) (rest.PartnerExchanged, error) {
	return rest.PartnerExchanged{}, errFakeDown
}

func (awayHQ) SpendAtPartner(context.Context, rest.PartnerSpendInput) (rest.PartnerSpent, error) {
	return rest.PartnerSpent{}, errFakeDown
}

func (awayHQ) PutPartner(context.Context, rest.PointsPartner) error { return points.ErrPartnersAtHQ }

// A chain store's till hears 503 hq_unreachable for an exchange or a
// partner spend while head office is away, as for a spend; its editors
// hear that partners are head office's.
func TestChainStoreExchangeWithHeadOfficeAway(t *testing.T) {
	e := newEnv(t)
	pos := e.pointsToken(t)
	code := e.memberWith(t, 10000)
	e.api.points = awayHQ{PointsBook: e.points}
	for path, body := range map[string]string{
		"/api/v1/points/partner-exchanges": exchangeBody(code, "books", rest.ExchangeOut, "x-1", 5),
		"/api/v1/points/partner-spends":    `{"member_code":"` + code + `","partner":"books","item":"novel","price":3,"key":"s-1"}`,
	} {
		if got, out := e.do(t, "POST", path, body, pos); got != http.StatusServiceUnavailable || errCode(t, out) != "hq_unreachable" {
			t.Errorf("POST %s with head office away = %d %s; want 503 hq_unreachable", path, got, out)
		}
	}
	if got, out := e.do(t, "PUT", "/api/v1/points/partners/books", samplePartner); got != http.StatusConflict || errCode(t, out) != "partners_at_hq" {
		t.Errorf("PUT a partner at a chain store = %d %s; want 409 partners_at_hq", got, out)
	}
}

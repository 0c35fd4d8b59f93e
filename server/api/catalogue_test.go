package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// catalogueToken makes a token of the catalogue scope for editor eve and
// returns its Authorization header.
func catalogueToken(t *testing.T, e *env) string {
	t.Helper()
	e.addUser(t, "eve", "editor")
	s := e.signIn(t, "eve")
	code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"erp","scopes":["catalogue"]}`, true)
	if code != http.StatusCreated {
		t.Fatalf("create token = %d %s", code, body)
	}
	var out rest.TokenCreated
	json.Unmarshal([]byte(body), &out)
	if len(out.Token.Scopes) != 1 || out.Token.Scopes[0] != rest.ScopeCatalogue {
		t.Fatalf("token scopes = %v; want [catalogue]", out.Token.Scopes)
	}
	return "Bearer " + out.Secret
}

// batch posts a catalogue batch with an Idempotency-Key (none if key is
// "") and returns the answer.
func (e *env) batch(t *testing.T, authz, key, body string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/catalogue/batches?lang=en", strings.NewReader(body))
	req.Header.Set("Authorization", authz)
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b strings.Builder
	_, _ = io.Copy(&b, res.Body)
	return res.StatusCode, b.String(), res.Header
}

func TestCatalogueTokenReachesOnlyTheFeed(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	if code, body, _ := e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690}]}`); code != http.StatusOK {
		t.Fatalf("batch with a catalogue token = %d %s; want 200", code, body)
	}
	for _, r := range [][2]string{{"GET", "/api/v1/promotions"}, {"GET", "/api/v1/tokens"}, {"GET", "/api/v1/parity"}, {"POST", "/api/v1/products/import"}} {
		if code, body := e.do(t, r[0], r[1], "", tok); code != http.StatusForbidden {
			t.Errorf("%s %s with a catalogue token = %d %s; want 403", r[0], r[1], code, body)
		}
	}
	e.addUser(t, "cal", "cashier")
	s := e.signIn(t, "cal")
	if code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"x","scopes":["everything"]}`, true); code != http.StatusUnprocessableEntity {
		t.Errorf("token with an unknown scope = %d %s; want 422", code, body)
	}
	code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"x","scopes":["catalogue"]}`, true)
	var out rest.TokenCreated
	json.Unmarshal([]byte(body), &out)
	if code != http.StatusCreated {
		t.Fatalf("cashier's token = %d %s", code, body)
	}
	// The scope narrows what a token may do; the owner's role still bounds it.
	if code, body, _ := e.batch(t, "Bearer "+out.Secret, "", `{"products":[{"sku":"A2","name":{"en":"Pears"},"price":1}]}`); code != http.StatusForbidden {
		t.Errorf("a cashier's catalogue token = %d %s; want 403", code, body)
	}
}

func TestCatalogueBatchIdempotency(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	first := `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690,"stock":5}]}`
	code, answer, _ := e.batch(t, tok, "erp-1", first)
	if code != http.StatusOK || !strings.Contains(answer, `"added":1`) {
		t.Fatalf("first = %d %s", code, answer)
	}
	history := func() int {
		cs, err := e.store.PriceHistory(context.Background(), "A1", 100)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}
	before := history()
	code, again, hdr := e.batch(t, tok, "erp-1", first)
	if code != http.StatusOK || again != answer || hdr.Get("Idempotent-Replayed") != "true" {
		t.Errorf("repeat = %d %s (replayed %q); want the first answer %s", code, again, hdr.Get("Idempotent-Replayed"), answer)
	}
	code, body, _ := e.batch(t, tok, "erp-1", strings.Replace(first, "690", "700", 1))
	if code != http.StatusConflict || !strings.Contains(body, "idempotency_key_reused") {
		t.Errorf("same key, other body = %d %s; want 409", code, body)
	}
	// A key in the body works as the header does.
	inBody := `{"key":"erp-2","products":[{"sku":"A1","name":{"en":"Apples"},"price":650}]}`
	if code, body, _ := e.batch(t, tok, "", inBody); code != http.StatusOK {
		t.Fatalf("key in body = %d %s", code, body)
	}
	if code, _, hdr := e.batch(t, tok, "", inBody); code != http.StatusOK || hdr.Get("Idempotent-Replayed") != "true" {
		t.Errorf("key in body, repeated = %d (replayed %q)", code, hdr.Get("Idempotent-Replayed"))
	}
	if got := history(); got != before+1 {
		t.Errorf("price history has %d rows; want %d (one change, repeats and the conflict none)", got, before+1)
	}
}

func TestCatalogueBadBatchChangesNothing(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690,"stock":5}]}`)
	e.published(t)
	events := len(e.events(t))
	bad := []string{
		`{"products":[{"sku":"A1","name":{"en":"Apples"},"price":1},{"sku":"A2","price":"9"},{"sku":"A3","name":{"en":"X"},"price":1,"stock":-1},{"sku":"A1","name":{"en":"Y"},"price":1}]}`,
		`{"products":[]}`, `not json`, `{"products":[{"sku":"A1","colour":"red"}]}`, `{"products":[{"sku":"A1","name":{"xx":"Apples"},"price":1}]}`,
		`{"products":[{"sku":"A1","name":{"en":"Apples"},"price":1,"barcode":"6901234567891"}]}`,
	}
	for _, b := range bad {
		code, body, _ := e.batch(t, tok, "", b)
		if code != http.StatusUnprocessableEntity {
			t.Errorf("batch %s = %d %s; want 422", b, code, body)
		}
	}
	code, body, _ := e.batch(t, tok, "", bad[0])
	var rej rest.ImportRejected
	json.Unmarshal([]byte(body), &rej)
	lines := []int{}
	for _, er := range rej.Errors {
		lines = append(lines, er.Line)
	}
	if code != 422 || len(lines) != 3 || lines[0] != 2 || lines[1] != 3 || lines[2] != 4 {
		t.Errorf("errors on lines %v; want 2, 3, 4 (every bad row named) in %s", lines, body)
	}
	p, err := e.store.SearchProducts(context.Background(), "apples", 5)
	if err != nil || len(p.Products) != 1 || p.Products[0].Price != 690 || *p.Products[0].Stock != 5 {
		t.Errorf("after bad batches: %+v, %v; want A1 at 690 with 5 in stock", p.Products, err)
	}
	if got := len(e.events(t)); got != events {
		t.Errorf("bad batches published %d events", got-events)
	}
}

func TestCatalogueChangesArePublishedAndKept(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690,"online_price":690}]}`)
	e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":590}]}`)
	evs := e.events(t)
	last := evs[len(evs)-1]
	if last.Op != content.OpCatalogueUpdate || last.Catalogue == nil || !last.Catalogue.Touches([]string{"A1"}) {
		t.Fatalf("last event = %+v; want a catalogue update naming A1", last)
	}
	var h rest.PriceHistory
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/products/A1/prices", "")), &h)
	if len(h.Changes) != 3 || h.Changes[0].Channel != "in_store" || *h.Changes[0].Old != 690 || h.Changes[0].New != 590 ||
		h.Changes[0].Actor != "eve" || h.Changes[0].Source != "token erp" {
		t.Errorf("history = %+v; want 690→590 in store by eve's token erp first, of 3", h.Changes)
	}
	e.call(t, 404, "GET", "/api/v1/products/NOPE/prices", "")
	var par rest.ParityList
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/parity", "")), &par)
	if par.Total != 1 || par.Mismatches[0].SKU != "A1" || par.Mismatches[0].Channels[0] != "online" {
		t.Errorf("parity = %+v; want A1 online", par)
	}
	code, csv := e.do(t, "GET", "/api/v1/parity?format=csv&lang=en", "")
	if want := "sku,name,in_store,online,delivery,differs,since\nA1,Apples,5.90,6.90,,online,"; code != 200 || !strings.HasPrefix(csv, want) {
		t.Errorf("parity CSV = %d %q; want it to start %q", code, csv, want)
	}
	e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":590,"online_price":590}]}`)
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/parity", "")), &par)
	if par.Total != 0 {
		t.Errorf("parity after the online price follows = %+v; want none", par)
	}
}

func TestKioskSaysSameOnlineOnlyWhenKnownCurrentAndEqual(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	e.batch(t, tok, "", `{"products":[
		{"sku":"S1","name":{"en":"Same thing"},"price":500,"online_price":500,"stock":3},
		{"sku":"S2","name":{"en":"Dearer online thing"},"price":500,"online_price":550},
		{"sku":"S3","name":{"en":"Unknown online thing"},"price":500}]}`)
	same := func() map[string]bool {
		var l content.ProductList
		json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/kiosk/products?q=thing", "", "")), &l)
		out := map[string]bool{}
		for _, p := range l.Products {
			out[p.SKU] = p.SameOnline
			if p.Stock != nil || p.OnlinePrice != nil {
				t.Errorf("the public price check shows %s's stock or online price", p.SKU)
			}
		}
		return out
	}
	if got := same(); !got["S1"] || got["S2"] || got["S3"] || len(got) != 3 {
		t.Errorf("same_online = %v; want S1 only", got)
	}
	e.api.now = func() time.Time { return time.Now().Add(25 * time.Hour) } // past --parity-max-age
	if got := same(); got["S1"] {
		t.Errorf("same_online = %v; want none once S1's online price is a day old", got)
	}
}

func TestMissedSearchesAreCountedByTextOnly(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{"Dragonfruit", "dragonfruit ", "kumquat"} {
		e.call(t, 200, "GET", "/api/v1/kiosk/products?q="+strings.ReplaceAll(q, " ", "+"), "", "")
	}
	e.call(t, 200, "GET", "/api/v1/kiosk/products?barcode=6901234567892", "", "")
	var l rest.MissedSearchList
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/reports/missed-searches", "")), &l)
	if len(l.Searches) != 3 || l.Searches[0].Query != "dragonfruit" || l.Searches[0].Count != 2 {
		t.Fatalf("missed = %+v; want dragonfruit ×2, then the others", l.Searches)
	}
	e.addUser(t, "cal", "cashier")
	if code, _ := e.signIn(t, "cal").send(t, e, "GET", "/api/v1/reports/missed-searches", "", false); code != http.StatusForbidden {
		t.Errorf("a cashier reads missed searches: %d; want 403", code)
	}
}

func TestOffersPauseWhenTheirProductsRunOut(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	e.batch(t, tok, "", `{"products":[{"sku":"M1","name":{"en":"Milk"},"price":990,"stock":10},{"sku":"M2","name":{"en":"Oat milk"},"price":1290,"stock":10}]}`)
	var p content.Promotion
	json.Unmarshal([]byte(e.call(t, 201, "POST", "/api/v1/promotions",
		`{"title":{"en":"Milk deal"},"price":890,"priority":5,"products":["M1","M2"],"stock_threshold":2}`)), &p)
	if p.Paused {
		t.Fatal("a new offer in stock is paused")
	}
	paused := func() bool {
		t.Helper()
		var q content.Promotion
		json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/promotions/"+p.ID, "")), &q)
		return q.Paused
	}
	steps := []struct {
		batch string
		want  bool
	}{
		{`{"products":[{"sku":"M1","name":{"en":"Milk"},"price":990,"stock":0}]}`, false},     // M2 still has 10
		{`{"products":[{"sku":"M2","name":{"en":"Oat milk"},"price":1290,"stock":2}]}`, true}, // both at or under 2
		{`{"products":[{"sku":"M1","name":{"en":"Milk"},"price":990,"stock":24}]}`, false},    // restocked
	}
	for i, s := range steps {
		if code, body, _ := e.batch(t, tok, "", s.batch); code != 200 {
			t.Fatalf("step %d = %d %s", i, code, body)
		}
		if got := paused(); got != s.want {
			t.Errorf("step %d: paused = %v; want %v", i, got, s.want)
		}
	}
	var pausedSeen, resumedSeen bool
	for _, ev := range e.events(t) {
		if ev.Op == content.OpPromotionUpsert && ev.Promotion.ID == p.ID {
			pausedSeen = pausedSeen || ev.Promotion.Paused
			resumedSeen = resumedSeen || pausedSeen && !ev.Promotion.Paused
		}
	}
	if !pausedSeen || !resumedSeen {
		t.Errorf("screens heard paused %v, resumed %v; want both", pausedSeen, resumedSeen)
	}
	var snap content.Snapshot
	snap.Promotions = []content.Promotion{{ID: "x", Paused: true, Title: content.Text{"en": "x"}}}
	if len(snap.ActivePromotions(time.Now(), nil)) != 0 {
		t.Error("a paused offer is among the active ones")
	}
}

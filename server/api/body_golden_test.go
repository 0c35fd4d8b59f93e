package api

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
	"storecast/server/auth"
	"storecast/server/store"
)

var update = flag.Bool("update", false, "rewrite testdata/bodies from what the API answers now")

// What differs between runs, and what it stands for in a golden body.
var unstable = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`"[0-9a-f]{32}"`), `"<id>"`},
	{regexp.MustCompile(`"\d{4}-\d\d-\d\dT[0-9:.]+(Z|[+-]\d\d:\d\d)"`), `"<time>"`},
	{regexp.MustCompile(`"(day|from|to)":"\d{4}-\d\d-\d\d"`), `"$1":"<day>"`},
	{regexp.MustCompile(`sc[sted]_[A-Za-z0-9_-]{43}`), `<secret>`},
	{regexp.MustCompile(`"csrf":"[A-Za-z0-9_-]{43}"`), `"csrf":"<secret>"`},
	{regexp.MustCompile(`"qr_png":"[^"]+"`), `"qr_png":"<png>"`},
	{regexp.MustCompile(`SC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`), `<code>`},
	{regexp.MustCompile(`PT[A-Z2-7]{39}`), `<member-code>`},
	{regexp.MustCompile(`scp_[A-Za-z0-9_-]{64}`), `<card>`},
	{regexp.MustCompile(`/media/[0-9a-f]{64}\.png`), `/media/<sha256>.png`},
}

// golden compares an answer's body, with what differs between runs
// replaced, with testdata/bodies/name.json, key order and all: the bodies
// are written by mapping the store's types onto app/rest's, and a field a
// mapping forgot would vanish from the answer without any other test
// noticing.
func golden(t *testing.T, name, body string) {
	t.Helper()
	for _, u := range unstable {
		body = u.re.ReplaceAllString(body, u.with)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, []byte(body), "", "  "); err != nil {
		t.Fatalf("%s: the body is not JSON: %v\n%s", name, err, body)
	}
	path := filepath.Join("testdata", "bodies", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got := out.String(); got != string(want) {
		t.Errorf("%s body:\n%s\nwant (%s):\n%s", name, got, path, want)
	}
}

// call sends a request and checks its status; the body comes back.
func (e *env) call(t *testing.T, wantCode int, method, path, body string, auth ...string) string {
	t.Helper()
	code, b := e.do(t, method, path, body, auth...)
	if code != wantCode {
		t.Fatalf("%s %s = %d %s; want %d", method, path, code, b, wantCode)
	}
	return b
}

func TestBodiesMatchTheirGoldens(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()

	// Staff: accounts, sessions, tokens, the audit log.
	golden(t, "setup_status", e.call(t, 200, "GET", "/api/v1/auth/setup", ""))
	golden(t, "me_setup_token", e.call(t, 200, "GET", "/api/v1/auth/me", ""))
	golden(t, "user_created", e.call(t, 201, "POST", "/api/v1/users", `{"username":"ana","password":"password-ana","role":"editor"}`))
	golden(t, "users", e.call(t, 200, "GET", "/api/v1/users", ""))
	s := e.signIn(t, "ana")
	code, login := s.send(t, e, "POST", "/api/v1/auth/login", `{"username":"ana","password":"password-ana"}`, false)
	if code != 200 {
		t.Fatalf("login = %d %s", code, login)
	}
	golden(t, "login", login)
	var session struct{ CSRF string }
	json.Unmarshal([]byte(login), &session)
	s.csrf = session.CSRF
	_, me := s.send(t, e, "GET", "/api/v1/auth/me", "", false)
	golden(t, "me_session", me)
	code, created := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"till script"}`, true)
	if code != 201 {
		t.Fatalf("create token = %d %s", code, created)
	}
	golden(t, "token_created", created)
	var tok struct{ Token struct{ ID string } }
	json.Unmarshal([]byte(created), &tok)
	e.call(t, 204, "DELETE", "/api/v1/tokens/"+tok.Token.ID, "")
	golden(t, "tokens", e.call(t, 200, "GET", "/api/v1/tokens", ""))
	golden(t, "audit", e.call(t, 200, "GET", "/api/v1/audit?limit=3", ""))

	// Screens: one online (with its status), one revoked, one link.
	device := auth.NewSecret("scd_")
	sc, err := e.store.CreateScreen(ctx, store.Screen{Name: "Door", Kind: content.KindKiosk, Groups: []string{"front"}}, auth.HashSecret(device))
	if err != nil {
		t.Fatal(err)
	}
	gone, err := e.store.CreateScreen(ctx, store.Screen{Name: "Old", Kind: content.KindSignage}, auth.HashSecret(auth.NewSecret("scd_")))
	if err != nil {
		t.Fatal(err)
	}
	e.call(t, 204, "DELETE", "/api/v1/screens/"+gone.ID, "")
	golden(t, "screen_updated", e.call(t, 200, "PUT", "/api/v1/screens/"+sc.ID, `{"name":"Front door","groups":["front","doors"]}`))
	ws := e.online(t, device)
	defer ws.Close()
	golden(t, "screens", e.fleetWhen(t, `"showing":"menu"`))
	golden(t, "link_created", e.call(t, 201, "POST", "/api/v1/enrolment-links", `{"name":"Aisle 4","kind":"signage","groups":["aisles"],"hours":48}`))
	golden(t, "links", e.call(t, 200, "GET", "/api/v1/enrolment-links", ""))

	// Content: promotions, overrides, categories, events, media.
	promo := e.call(t, 201, "POST", "/api/v1/promotions", validBody)
	golden(t, "promotion_created", promo)
	var promoted content.Promotion
	json.Unmarshal([]byte(promo), &promoted)
	golden(t, "promotions", e.call(t, 200, "GET", "/api/v1/promotions", ""))
	golden(t, "override_created", e.call(t, 201, "POST", "/api/v1/overrides", `{"message":{"en":"Closing soon"},"severity":"info","minutes":30}`))
	golden(t, "overrides", e.call(t, 200, "GET", "/api/v1/overrides", ""))
	golden(t, "category_put", e.call(t, 200, "PUT", "/api/v1/categories/fruit", `{"name":{"en":"Fruit"},"position":2}`))
	golden(t, "categories", e.call(t, 200, "GET", "/api/v1/categories", ""))
	e.call(t, 200, "PUT", "/api/v1/categories/dairy", `{"name":{"en":"Dairy"},"icon":"dairy"}`)
	golden(t, "categories_ordered", e.call(t, 200, "POST", "/api/v1/categories/order", `{"ids":["dairy","fruit"]}`))
	golden(t, "product_created", e.call(t, 201, "POST", "/api/v1/products",
		`{"sku":"F-1","barcode":"6901234567892","name":{"zh-Hans":"苹果","en":"Apples"},"price":990,"unit":"500g","category":"fruit","aisle":"A1"}`))
	golden(t, "product_updated", e.call(t, 200, "PUT", "/api/v1/products/F-1",
		`{"name":{"zh-Hans":"苹果","en":"Apples"},"price":890,"unit":"500g","category":"fruit"}`))
	golden(t, "products", e.call(t, 200, "GET", "/api/v1/products?q=pg&limit=10", ""))
	golden(t, "category_in_use", e.call(t, 409, "DELETE", "/api/v1/categories/fruit", ""))
	starts := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	ends := time.Now().Add(3 * time.Hour).UTC().Format(time.RFC3339)
	golden(t, "event_created", e.call(t, 201, "POST", "/api/v1/events", `{"title":{"en":"Tasting"},"place":{"en":"Aisle 2"},"starts_at":"`+starts+`","ends_at":"`+ends+`"}`))
	golden(t, "events", e.call(t, 200, "GET", "/api/v1/events", ""))
	png, err := os.ReadFile("../../assets/demo/milk.png")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "media_uploaded", e.call(t, 201, "POST", "/api/v1/media", string(png)))
	golden(t, "brand_default", e.call(t, 200, "GET", "/api/v1/brand", ""))
	golden(t, "brand_put", e.call(t, 200, "PUT", "/api/v1/brand", sampleBrand))
	golden(t, "brand", e.call(t, 200, "GET", "/api/v1/brand", ""))

	// Coupons: a campaign, a claim, the till.
	id := e.campaign(t, 5, 1)
	golden(t, "claimed", e.call(t, 201, "POST", "/api/v1/kiosk/claims", `{"campaign":"`+id+`","install":"`+install+`"}`, ""))
	var claimed struct{ Coupon content.Coupon }
	json.Unmarshal([]byte(e.call(t, 201, "POST", "/api/v1/kiosk/claims", `{"campaign":"`+id+`","install":"`+install+`-2"}`, "")), &claimed)
	golden(t, "redeemed", e.call(t, 200, "POST", "/api/v1/redemptions", `{"code":"`+claimed.Coupon.Code+`"}`))
	golden(t, "redeemed_again", e.call(t, 200, "POST", "/api/v1/redemptions", `{"code":"`+claimed.Coupon.Code+`"}`))
	golden(t, "redeemed_invalid", e.call(t, 200, "POST", "/api/v1/redemptions", `{"code":"SC-0000"}`))
	golden(t, "redemptions", e.call(t, 200, "GET", "/api/v1/redemptions", ""))
	golden(t, "campaigns", e.call(t, 200, "GET", "/api/v1/campaigns", ""))
	golden(t, "campaign", e.call(t, 200, "GET", "/api/v1/campaigns/"+id, ""))
	golden(t, "coupon", e.call(t, 200, "GET", "/api/v1/coupons/"+claimed.Coupon.Code, "", ""))

	// Kiosks: staff calls and the product file.
	for _, want := range []struct {
		name string
		code int
	}{{"staff_called", 201}, {"staff_on_the_way", 200}} {
		code, body := callStaff(t, e, "application/json", `{"place":"entrance"}`)
		if code != want.code {
			t.Fatalf("call staff = %d %s; want %d", code, body, want.code)
		}
		golden(t, want.name, body)
	}
	open, err := e.store.OpenStaffCalls(t.Context(), time.Time{}, 1)
	if err != nil || len(open) != 1 {
		t.Fatalf("open staff calls = %d, %v; want 1", len(open), err)
	}
	if err := e.store.AnswerStaffCall(t.Context(), open[0].ID, "li"); err != nil {
		t.Fatal(err)
	}
	golden(t, "staff_calls", e.call(t, 200, "GET", "/api/v1/staff-calls", ""))
	golden(t, "import_rejected", e.call(t, 422, "POST", "/api/v1/products/import?lang=en", "sku,price,name_en\nN1,x,Salt\n"))
	golden(t, "import_result", e.call(t, 200, "POST", "/api/v1/products/import?lang=en", "sku,price,name_en\nN1,1.00,Salt\n"))

	// The catalogue feed: a batch, a bad one, what editors read of it.
	golden(t, "catalogue_result", e.call(t, 200, "POST", "/api/v1/catalogue/batches?lang=en",
		`{"key":"k1","products":[{"sku":"N1","name":{"en":"Salt"},"price":120,"unit":"500 g","stock":8,"online_price":110,"delivery_price":120}]}`))
	golden(t, "catalogue_rejected", e.call(t, 422, "POST", "/api/v1/catalogue/batches?lang=en",
		`{"products":[{"sku":"N1","name":{"en":"Salt"},"price":-1},{"sku":"N3","price":"12"}]}`))
	golden(t, "price_history", e.call(t, 200, "GET", "/api/v1/products/N1/prices", ""))
	golden(t, "parity", e.call(t, 200, "GET", "/api/v1/parity", ""))
	golden(t, "parity_history", e.call(t, 200, "GET", "/api/v1/parity/history?days=2", ""))
	e.call(t, 200, "GET", "/api/v1/kiosk/products?q=nothing-like-this", "", "")
	golden(t, "missed_searches", e.call(t, 200, "GET", "/api/v1/reports/missed-searches", ""))
	golden(t, "kiosk_products", e.call(t, 200, "GET", "/api/v1/kiosk/products?q=salt", "", ""))

	// Signage: playlists, the preview, proof of play.
	_, pl := e.do(t, "POST", "/api/v1/playlists", `{"name":"Default","slides":[{"id":"c","kind":"clock","seconds":10}]}`)
	var def content.Playlist
	json.Unmarshal([]byte(pl), &def)
	e.call(t, 204, "PUT", "/api/v1/signage/default", `{"playlist":"`+def.ID+`"}`)
	golden(t, "signage", e.call(t, 200, "GET", "/api/v1/signage", ""))
	golden(t, "preview", e.call(t, 200, "GET", "/api/v1/signage/preview?screen="+sc.ID, ""))
	e.call(t, 204, "PUT", "/api/v1/signage/default", `{"playlist":""}`)
	golden(t, "preview_nothing", e.call(t, 200, "GET", "/api/v1/signage/preview", ""))
	started := time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)
	golden(t, "plays_stored", e.call(t, 200, "POST", "/api/v1/plays", `{"install":"`+install+`","plays":[
		{"id":"r1","kind":"promotion","ref":"`+promoted.ID+`","started_at":"`+started+`","ms":8000},
		{"id":"r2","playlist":"`+def.ID+`","slide":"c","kind":"clock","started_at":"`+started+`","ms":0,"error":"media failed to load"},
		{"id":"r3","playlist":"p","slide":"s2","kind":"image","started_at":"`+started+`","ms":1000}]}`, ""))
	golden(t, "play_report", e.call(t, 200, "GET", "/api/v1/plays/report", ""))

	// Markdowns, on a clock where the lots are near their date (last: the
	// offer, valid then, would show in the bodies above).
	e.api.now = func() time.Time { return time.Date(2026, 5, 4, 17, 0, 0, 0, time.UTC) } // 5 May in Shanghai
	e.call(t, 200, "POST", "/api/v1/catalogue/batches", `{"products":[{"sku":"M1","name":{"en":"Milk","zh-Hans":"牛奶"},"price":1000,
		"lots":[{"best_before":"2026-05-05","quantity":2},{"best_before":"2026-05-07","quantity":5}]}]}`)
	golden(t, "markdowns", e.call(t, 200, "GET", "/api/v1/markdowns", ""))
	golden(t, "markdown_approved", e.call(t, 201, "POST", "/api/v1/markdowns/M1/2026-05-05/approve", ""))
	e.api.now = time.Now

	// Errors.
	golden(t, "error_field", e.call(t, 422, "POST", "/api/v1/promotions", `{"title":{"en":"x"}}`))
	golden(t, "error_not_found", e.call(t, 404, "GET", "/api/v1/promotions/nope", ""))
}

// online connects a paired screen over the live feed and has it report
// what it shows; the connection stays open until closed.
func (e *env) online(t *testing.T, device string) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	send := func(typ string, v any) {
		data, _ := json.Marshal(v)
		frame, _ := json.Marshal(content.Envelope{Type: typ, Data: data})
		if err := ws.WriteMessage(websocket.TextMessage, frame); err != nil {
			t.Fatal(err)
		}
	}
	send(content.TypeHello, content.Hello{Kind: content.KindKiosk, App: "v-test", Token: device})
	if _, _, err := ws.ReadMessage(); err != nil {
		t.Fatal(err)
	}
	send(content.TypeStatus, content.Status{Showing: "menu", Locale: "en"})
	return ws
}

// fleetWhen polls GET /screens until its body contains want.
func (e *env) fleetWhen(t *testing.T, want string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, body := e.do(t, "GET", "/api/v1/screens", "")
		if strings.Contains(body, want) {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /api/v1/screens = %s; want it to hold %s within 5 s", body, want)
		}
		time.Sleep(10 * time.Millisecond) // poll interval, not synchronisation
	}
}

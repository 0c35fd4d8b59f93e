package api

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

func TestKioskProductSearch(t *testing.T) {
	e := newEnv(t)
	if _, err := e.store.SeedKioskDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query     string
		status    int
		wantFirst string // SKU of the first product, or error field
		total     int
	}{
		{"q=milk", 200, "SC-1008", 1},
		{"q=%E7%89%9B%E5%A5%B6", 200, "SC-1008", 1}, // 牛奶
		{"q=ORGANIC+milk", 200, "SC-1008", 1},
		{"q=6901230040078", 200, "SC-1008", 1},       // a barcode typed in the box
		{"barcode=6901230040078", 200, "SC-1008", 1}, // or sent as one
		{"q=4006381333931", 200, "", 0},              // valid, but not ours
		{"q=%25", 200, "", 0},                        // LIKE wildcards are text
		{"q=g&limit=2", 200, "", -1},                 // many: at most limit, total says how many
		{"q=", 400, "q", 0},                          // nothing
		{"q=6901230040079", 400, "q", 0},             // check digit wrong
		{"barcode=12ab5678", 400, "barcode", 0},      // not digits
		{"q=a&barcode=6901230040078", 400, "q", 0},   // both
		{"q=CM", 200, "SC-1001", 1},                  // pinyin initials: 新鲜草莓
		{"q=caomei", 200, "SC-1001", 1},              // full pinyin
		{"q=xxcm", 200, "SC-1001", 1},                //
		{"q=yjnn", 200, "SC-1008", 1},                // 有机牛奶
		{"q=6901230&limit=2", 200, "", -1},           // part of a barcode: many
		{"category=fresh&limit=50", 200, "", 7},      // browsing a category
		{"category=nothing", 200, "", 0},             //
		{"category=Fresh!", 400, "category", 0},      // not a category id
		{"q=cm&category=fresh", 400, "q", 0},         // one at a time
		{"q=" + strings.Repeat("c", 65), 422, "", 0}, // over 64 characters
		{"q=a&limit=0", 400, "limit", 0},
		{"q=a&limit=x", 400, "limit", 0},
		{"q=%00", 400, "q", 0}, // control characters
		{"q=%FF", 400, "q", 0}, // not UTF-8
	}
	for _, tt := range tests {
		code, body := e.do(t, "GET", "/api/v1/kiosk/products?"+tt.query, "", "") // no token: public
		if code != tt.status {
			t.Errorf("%s: status %d (%s); want %d", tt.query, code, body, tt.status)
			continue
		}
		if code == 422 {
			continue
		}
		if code != 200 {
			var eb rest.ErrorBody
			if json.Unmarshal([]byte(body), &eb) != nil || eb.Error.Code != "bad_query" || eb.Error.Field != tt.wantFirst || eb.Error.Message == "" {
				t.Errorf("%s: error %s; want bad_query on %s with a message", tt.query, body, tt.wantFirst)
			}
			continue
		}
		var list content.ProductList
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatal(err)
		}
		switch {
		case tt.total == -1:
			if len(list.Products) != 2 || list.Total <= 2 {
				t.Errorf("%s: %d products of %d; want 2 of more", tt.query, len(list.Products), list.Total)
			}
		case list.Total != tt.total || len(list.Products) != tt.total:
			t.Errorf("%s: %d products, total %d; want %d", tt.query, len(list.Products), list.Total, tt.total)
		case tt.wantFirst != "" && list.Products[0].SKU != tt.wantFirst:
			t.Errorf("%s: first %s; want %s", tt.query, list.Products[0].SKU, tt.wantFirst)
		}
	}
}

func callStaff(t *testing.T, e *env, contentType, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/kiosk/staff-calls", strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

func TestCallStaff(t *testing.T) {
	e := newEnv(t)
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	e.api.now = func() time.Time { return now }

	if code, _ := callStaff(t, e, "text/plain", `{}`); code != http.StatusUnsupportedMediaType {
		t.Errorf("a form-style post = %d; want 415 (cross-site forms must not call staff)", code)
	}
	if code, _ := callStaff(t, e, "application/json", `{"place":"`+strings.Repeat("x", 81)+`"}`); code != 422 {
		t.Errorf("an over-long place = %d; want 422", code)
	}
	code, body := callStaff(t, e, "application/json", `{"place":"entrance"}`)
	if code != http.StatusCreated || !strings.Contains(body, `"status":"called"`) {
		t.Fatalf("first call = %d %s; want 201 called", code, body)
	}
	// Staff tools hear it on the staff stream.
	e.published(t)
	epoch, _ := e.broker.Head(content.StreamStaff)
	msgs, _ := e.broker.Since(content.StreamStaff, epoch, 0)
	if len(msgs) != 1 {
		t.Fatalf("staff stream has %d messages; want 1", len(msgs))
	}
	var ev content.StaffEvent
	if err := json.Unmarshal(msgs[0].Data, &ev); err != nil || ev.Op != content.OpStaffCall || ev.Call == nil || ev.Call.Place != "entrance" || ev.Call.Source != "127.0.0.1" {
		t.Errorf("staff event = %s; want a staff.call from 127.0.0.1 at the entrance", msgs[0].Data)
	}
	// Pressing again while staff are on the way calls nobody again.
	if code, body := callStaff(t, e, "application/json", `{}`); code != 200 || !strings.Contains(body, "on_the_way") {
		t.Errorf("second press = %d %s; want 200 on_the_way", code, body)
	}
	now = now.Add(3 * time.Minute)
	if code, _ := callStaff(t, e, "application/json", `{}`); code != http.StatusCreated {
		t.Errorf("a press 3 minutes later = %d; want a new call", code)
	}
	// Hammering the button is refused.
	var last int
	for range 30 {
		last, _ = callStaff(t, e, "application/json", `{}`)
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("30 presses in a row: last = %d; want 429", last)
	}
	code, body = e.do(t, "GET", "/api/v1/staff-calls", "")
	if code != 200 || strings.Count(body, `"id"`) != 2 {
		t.Errorf("staff calls = %d %s; want the 2 calls", code, body)
	}
	if code, _ := e.do(t, "GET", "/api/v1/staff-calls", "", ""); code != 401 {
		t.Errorf("staff calls without a token = %d; want 401", code)
	}
}

func TestImportProductsEndpoint(t *testing.T) {
	e := newEnv(t)
	if _, err := e.store.SeedKioskDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	bad := "sku,price,name_en\nN1,1.00,Salt\nN2,x,Sugar\nN1,2,Dup\n"
	code, body := e.do(t, "POST", "/api/v1/products/import?lang=en", bad)
	if code != 422 || !strings.Contains(body, `"code":"invalid_rows"`) ||
		!strings.Contains(body, `"line":3`) || !strings.Contains(body, `The price “x” is not a price such as 12.90.`) ||
		!strings.Contains(body, `"code":"duplicate_sku"`) {
		t.Fatalf("bad file = %d %s; want 422 with each bad row", code, body)
	}
	if n, _ := e.store.ProductCount(context.Background()); n != 32 {
		t.Errorf("a refused import changed the products: %d; want 32", n)
	}
	// The same file as a form upload, errors in Chinese.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("file", "products.csv")
	fw.Write([]byte(bad))
	mw.Close()
	req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/products/import?lang=zh-Hans", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.ReadFrom(res.Body)
	res.Body.Close()
	if res.StatusCode != 422 || !strings.Contains(out.String(), "价格“x”格式不对") {
		t.Errorf("form upload = %d %s; want 422 in Chinese", res.StatusCode, out.String())
	}

	code, body = e.do(t, "POST", "/api/v1/products/import", "sku,price,name_en\nN1,1.00,Salt\nSC-1001,2,Strawberries\n")
	if code != 200 || !strings.Contains(body, `"added":1`) || !strings.Contains(body, `"updated":1`) {
		t.Errorf("good file = %d %s; want 1 added, 1 updated", code, body)
	}
	if code, _ := e.do(t, "POST", "/api/v1/products/import", "sku,price,name_en\n", ""); code != 401 {
		t.Errorf("import without a token = %d; want 401", code)
	}
}

func TestEventsAndCategoriesReachScreens(t *testing.T) {
	e := newEnv(t)
	ev := `{"title":{"en":"Tasting"},"place":{"en":"Entrance"},"starts_at":"2026-03-14T10:00:00Z","ends_at":"2026-03-14T12:00:00Z"}`
	code, body := e.do(t, "POST", "/api/v1/events", ev)
	if code != 201 {
		t.Fatalf("create event = %d %s", code, body)
	}
	var created content.StoreEvent
	json.Unmarshal([]byte(body), &created)
	if code, body := e.do(t, "POST", "/api/v1/events", `{"title":{"en":"Backwards"},"starts_at":"2026-03-14T10:00:00Z","ends_at":"2026-03-14T09:00:00Z"}`); code != 422 || !strings.Contains(body, `"field":"ends_at"`) {
		t.Errorf("event ending before it starts = %d %s; want 422 on ends_at", code, body)
	}
	if code, _ := e.do(t, "PUT", "/api/v1/events/nope", ev); code != 404 {
		t.Errorf("update unknown event = %d; want 404", code)
	}
	if code, body := e.do(t, "PUT", "/api/v1/categories/fruit", `{"name":{"en":"Fruit","zh-Hans":"水果"},"position":1}`); code != 200 {
		t.Fatalf("put category = %d %s", code, body)
	}
	if code, _ := e.do(t, "PUT", "/api/v1/categories/Bad%20Id", `{"name":{"en":"x"}}`); code != 422 {
		t.Errorf("bad category id = %d; want 422", code)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/events/"+created.ID, ""); code != 204 {
		t.Errorf("delete event = %d; want 204", code)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/categories/fruit", ""); code != 204 {
		t.Errorf("delete category = %d; want 204", code)
	}
	var ops []string
	for _, ev := range e.events(t) {
		ops = append(ops, ev.Op)
	}
	want := []string{content.OpEventUpsert, content.OpCategoryUpsert, content.OpEventDelete, content.OpCategoryDelete}
	if strings.Join(ops, " ") != strings.Join(want, " ") {
		t.Errorf("store stream ops = %v; want %v", ops, want)
	}
	var snap content.Snapshot
	for i, op := range e.events(t) {
		if err := snap.Apply(op); err != nil {
			t.Fatalf("apply event %d: %v", i, err)
		}
		if i == 1 && (len(snap.Events) != 1 || len(snap.Categories) != 1) {
			t.Errorf("after two events the snapshot has %d events, %d categories; want 1, 1", len(snap.Events), len(snap.Categories))
		}
	}
	if len(snap.Events) != 0 || len(snap.Categories) != 0 {
		t.Errorf("after the deletes the snapshot has %d events, %d categories", len(snap.Events), len(snap.Categories))
	}
}

package api

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	_ "image/png"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"storecast/app/content"
	"storecast/app/qr/qrtest"
	"storecast/app/rest"
)

// decodeQRPNG reads the QR code in a base64 PNG.
func decodeQRPNG(t *testing.T, b64 string) string {
	t.Helper()
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("QR image is not base64: %v", err)
	}
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatalf("QR image: %v", err)
	}
	text, err := qrtest.ReadImage(img)
	if err != nil {
		t.Fatalf("decode QR: %v", err)
	}
	return text
}

// helloOver opens the live feed as a screen and returns the first frame
// it gets.
func (e *env) helloOver(t *testing.T, h content.Hello) content.Envelope {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	data, _ := json.Marshal(h)
	hello, _ := json.Marshal(content.Envelope{Type: content.TypeHello, Data: data})
	if err := ws.WriteMessage(websocket.TextMessage, hello); err != nil {
		t.Fatal(err)
	}
	_, b, err := ws.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	env, err := content.DecodeEnvelope(b)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func TestEnrolmentLinkLifecycle(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "POST", "/api/v1/enrolment-links", `{"name":" Aisle 4 ","kind":"signage","groups":["aisles"],"hours":48}`)
	if code != http.StatusCreated {
		t.Fatalf("create = %d %s; want 201", code, body)
	}
	var c rest.LinkCreated
	if err := json.Unmarshal([]byte(body), &c); err != nil {
		t.Fatal(err)
	}
	if c.Link.Name != "Aisle 4" || c.Link.Kind != "signage" || c.Link.CreatedBy != "admin-token" ||
		c.Link.ExpiresAt.Sub(c.Link.CreatedAt).Hours() != 48 {
		t.Fatalf("link = %+v; want Aisle 4, signage, by admin-token, for 48 h", c.Link)
	}
	if !strings.HasPrefix(c.URL, "http://shop.test/signage?enrol=sce_") {
		t.Fatalf("url = %q; want the public URL's signage page with the token", c.URL)
	}
	if got := decodeQRPNG(t, c.QRPNG); got != c.URL {
		t.Fatalf("QR says %q; want %q", got, c.URL)
	}
	if strings.Contains(body, "token_hash") {
		t.Fatalf("answer leaks the hash: %s", body)
	}

	_, list := e.do(t, "GET", "/api/v1/enrolment-links", "")
	if !strings.Contains(list, c.Link.ID) || strings.Contains(list, "sce_") {
		t.Fatalf("pending = %s; want the link listed without its token", list)
	}

	// The link's token, as the page reads it, enrols a screen.
	u, _ := url.Parse(c.URL)
	env := e.helloOver(t, content.Hello{Kind: content.KindSignage, Enrol: u.Query().Get("enrol")})
	var en content.Enrolled
	json.Unmarshal(env.Data, &en)
	if env.Type != content.TypeEnrolled || en.Token == "" {
		t.Fatalf("first frame = %s %s; want enrolled with a device token", env.Type, env.Data)
	}
	_, list = e.do(t, "GET", "/api/v1/enrolment-links", "")
	if strings.Contains(list, c.Link.ID) {
		t.Fatalf("pending after use = %s; want it gone", list)
	}
	_, fleet := e.do(t, "GET", "/api/v1/screens", "")
	if !strings.Contains(fleet, `"name":"Aisle 4","kind":"signage","groups":["aisles"]`) {
		t.Fatalf("fleet = %s; want the screen the link described", fleet)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/enrolment-links/"+c.Link.ID, ""); code != http.StatusNotFound {
		t.Fatalf("revoking a used link = %d; want 404", code)
	}

	// Revoked: gone from the list, and refused by the hello.
	_, body = e.do(t, "POST", "/api/v1/enrolment-links", `{"name":"Till 2","kind":"kiosk"}`)
	var k rest.LinkCreated
	json.Unmarshal([]byte(body), &k)
	if k.Link.ExpiresAt.Sub(k.Link.CreatedAt).Hours() != 24 || !strings.Contains(k.URL, "/kiosk?enrol=") {
		t.Fatalf("link without hours = %+v %s; want a kiosk link for 24 h", k.Link, k.URL)
	}
	if code, b := e.do(t, "DELETE", "/api/v1/enrolment-links/"+k.Link.ID, ""); code != http.StatusNoContent {
		t.Fatalf("revoke = %d %s; want 204", code, b)
	}
	u, _ = url.Parse(k.URL)
	env = e.helloOver(t, content.Hello{Kind: content.KindKiosk, Enrol: u.Query().Get("enrol")})
	var w content.Welcome
	json.Unmarshal(env.Data, &w)
	if env.Type != content.TypeWelcome || w.Pairing == nil || w.EnrolError != content.EnrolRefused {
		t.Fatalf("hello with a revoked link got %s %s; want a pairing code and enrol_error refused", env.Type, env.Data)
	}

	_, audit := e.do(t, "GET", "/api/v1/audit", "")
	for _, want := range []string{`"actor":"admin-token","action":"enrol.create"`, `"actor":"screen","action":"enrol.use"`, `"actor":"admin-token","action":"enrol.revoke"`} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit log lacks %s", want)
		}
	}
}

func TestEnrolmentLinkBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		body  string
		code  int
		field string
	}{
		{`{"name":"","kind":"signage"}`, 422, "name"},
		{`{"name":"` + strings.Repeat("x", 61) + `","kind":"signage"}`, 422, "name"},
		{`{"name":"Door"}`, 422, "kind"},
		{`{"name":"Door","kind":"toaster"}`, 422, "kind"},
		{`{"name":"Door","kind":"kiosk","hours":169}`, 422, "hours"},
		{`{"name":"Door","kind":"kiosk","hours":-1}`, 422, "hours"},
		{`{"name":"Door","kind":"kiosk","groups":["` + strings.Repeat("g", 100) + `"]}`, 422, "groups"},
		{`{"name":"Door","kind":"kiosk","token":"sce_mine"}`, 400, ""},
		{`not json`, 400, ""},
	}
	for _, tt := range tests {
		code, body := e.do(t, "POST", "/api/v1/enrolment-links", tt.body)
		if code != tt.code || (tt.field != "" && !strings.Contains(body, `"field":"`+tt.field)) {
			t.Errorf("POST %s = %d %s; want %d on %q", tt.body, code, body, tt.code, tt.field)
		}
	}
	if _, list := e.do(t, "GET", "/api/v1/enrolment-links", ""); list != "{\"links\":[]}\n" {
		t.Fatalf("pending after bad input = %s; want none", list)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/enrolment-links/nope", ""); code != http.StatusNotFound {
		t.Fatalf("revoke unknown = %d; want 404", code)
	}
}

func TestEnrolmentLinksNeedCSRF(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "ada", "admin")
	s := e.signIn(t, "ada")
	body := `{"name":"Door","kind":"signage"}`
	if code, b := s.send(t, e, "POST", "/api/v1/enrolment-links", body, false); code != http.StatusForbidden || !strings.Contains(b, "csrf") {
		t.Fatalf("create without CSRF = %d %s; want 403 csrf", code, b)
	}
	code, b := s.send(t, e, "POST", "/api/v1/enrolment-links", body, true)
	if code != http.StatusCreated {
		t.Fatalf("create with CSRF = %d %s; want 201", code, b)
	}
	var c rest.LinkCreated
	json.Unmarshal([]byte(b), &c)
	if c.Link.CreatedBy != "ada" {
		t.Fatalf("created by %q; want ada", c.Link.CreatedBy)
	}
	if code, b := s.send(t, e, "DELETE", "/api/v1/enrolment-links/"+c.Link.ID, "", false); code != http.StatusForbidden || !strings.Contains(b, "csrf") {
		t.Fatalf("revoke without CSRF = %d %s; want 403 csrf", code, b)
	}
	if _, list := e.do(t, "GET", "/api/v1/enrolment-links", ""); !strings.Contains(list, c.Link.ID) {
		t.Fatal("a revoke without CSRF revoked the link")
	}
}

package api

import (
	"encoding/json"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"

	"storecast/app/content"
)

const sampleBrand = `{"name":{"zh-Hans":"鲜果便利","en":"Fresh Corner"},"color":"#ffff00","accent":"#0b5d3b"}`

// TestBrandRefusalsChangeNothing: a bad colour, an SVG or GIF logo, and
// anyone but an admin are refused, and the brand and the screens' feed
// stay as they were.
func TestBrandRefusalsChangeNothing(t *testing.T) {
	e := newEnv(t)
	e.addUser(t, "ada", "admin")
	e.addUser(t, "eve", "editor")
	e.addUser(t, "cal", "cashier")
	admin, editor, cashier := e.signIn(t, "ada"), e.signIn(t, "eve"), e.signIn(t, "cal")

	png, err := os.ReadFile("../../assets/demo/logo.png")
	if err != nil {
		t.Fatal(err)
	}
	code, body := admin.send(t, e, "POST", "/api/v1/brand/logo", string(png), true)
	var up struct{ URL string }
	if json.Unmarshal([]byte(body), &up); code != http.StatusCreated || !content.LogoURL(up.URL) {
		t.Fatalf("logo upload = %d %s; want 201 and a PNG URL", code, body)
	}
	good := strings.Replace(sampleBrand, `"color"`, `"logo":"`+up.URL+`","color"`, 1)
	if code, body := admin.send(t, e, "PUT", "/api/v1/brand", good, true); code != http.StatusOK {
		t.Fatalf("PUT brand = %d %s; want 200", code, body)
	}
	want := e.call(t, 200, "GET", "/api/v1/brand", "")
	events := len(e.events(t))

	gif := content.MediaPrefix + strings.Repeat("ab", 32) + ".gif"
	for _, tc := range []struct {
		name   string
		who    *staff
		method string
		path   string
		body   string
		code   int
		field  string
	}{
		{"colour name", admin, "PUT", "/api/v1/brand", strings.Replace(good, "#ffff00", "yellow", 1), 422, "color"},
		{"short accent", admin, "PUT", "/api/v1/brand", strings.Replace(good, "#0b5d3b", "#0b5", 1), 422, "accent"},
		{"gif logo", admin, "PUT", "/api/v1/brand", strings.Replace(good, up.URL, gif, 1), 422, "logo"},
		{"logo never uploaded", admin, "PUT", "/api/v1/brand", strings.Replace(good, up.URL, content.MediaPrefix+strings.Repeat("ef", 32)+".png", 1), 422, "logo"},
		{"no name", admin, "PUT", "/api/v1/brand", `{"name":{},"color":"#000000","accent":"#000000"}`, 422, "name"},
		{"unknown field", admin, "PUT", "/api/v1/brand", `{"name":{"en":"x"},"color":"#000000","accent":"#000000","font":"x"}`, 400, ""},
		{"svg logo upload", admin, "POST", "/api/v1/brand/logo", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, 422, ""},
		{"html logo upload", admin, "POST", "/api/v1/brand/logo", `<!DOCTYPE html><p>hi`, 422, ""},
		{"editor sets", editor, "PUT", "/api/v1/brand", sampleBrand, 403, ""},
		{"cashier sets", cashier, "PUT", "/api/v1/brand", sampleBrand, 403, ""},
		{"editor uploads", editor, "POST", "/api/v1/brand/logo", string(png), 403, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := tc.who.send(t, e, tc.method, tc.path, tc.body, true)
			if code != tc.code {
				t.Fatalf("%s %s = %d %s; want %d", tc.method, tc.path, code, body, tc.code)
			}
			var er struct{ Error struct{ Field string } }
			json.Unmarshal([]byte(body), &er)
			if er.Error.Field != tc.field {
				t.Errorf("the refusal names field %q (%s); want %q", er.Error.Field, body, tc.field)
			}
		})
	}
	if got := e.call(t, 200, "GET", "/api/v1/brand", ""); got != want {
		t.Errorf("brand after refusals = %s; want it unchanged, %s", got, want)
	}
	if got := len(e.events(t)); got != events {
		t.Errorf("%d events after refusals; want %d, none new", got, events)
	}
	for _, who := range []*staff{editor, cashier} {
		code, body := who.send(t, e, "GET", "/api/v1/brand", "", false)
		var got, w content.Brand
		json.Unmarshal([]byte(body), &got)
		json.Unmarshal([]byte(want), &w)
		if code != http.StatusOK || !reflect.DeepEqual(got, w) {
			t.Errorf("GET brand as a non-admin = %d %s; want 200 and the brand", code, body)
		}
	}
}

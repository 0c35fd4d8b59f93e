package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
)

func TestPlaylistsSchedulesPreview(t *testing.T) {
	e := newEnv(t)
	code, b := e.do(t, "POST", "/api/v1/playlists", `{"name":"Lunch","layout":"ticker","slides":[
		{"id":"s1","kind":"text","text":{"en":"Soup of the day"},"seconds":8},
		{"id":"s2","kind":"clock","seconds":5}]}`)
	if code != http.StatusCreated {
		t.Fatalf("create playlist = %d %s", code, b)
	}
	var lunch content.Playlist
	json.Unmarshal([]byte(b), &lunch)
	_, b = e.do(t, "POST", "/api/v1/playlists", `{"name":"Default","slides":[{"id":"c","kind":"clock","seconds":10}]}`)
	var def content.Playlist
	json.Unmarshal([]byte(b), &def)
	if code, b := e.do(t, "PUT", "/api/v1/signage/default", `{"playlist":"`+def.ID+`"}`); code != http.StatusNoContent {
		t.Fatalf("set default = %d %s", code, b)
	}
	if code, b := e.do(t, "POST", "/api/v1/schedules", `{"playlist":"`+lunch.ID+`","start":"11:30","end":"13:30","weekdays":[1,2,3,4,5],"priority":5}`); code != http.StatusCreated {
		t.Fatalf("create schedule = %d %s", code, b)
	}
	for at, want := range map[string]string{
		"2026-11-26T12:00:00+08:00": "Lunch",   // Thursday lunch
		"2026-11-28T12:00:00+08:00": "Default", // Saturday
		"2026-11-26T04:00:00Z":      "Lunch",   // the same instant as 12:00 in Shanghai
	} {
		_, b := e.do(t, "GET", "/api/v1/signage/preview?at="+strings.ReplaceAll(at, "+", "%2B"), "")
		if !strings.Contains(b, `"name":"`+want+`"`) {
			t.Errorf("preview at %s = %s; want %s", at, b, want)
		}
	}
	bad := []struct{ path, body, field string }{
		{"/api/v1/playlists", `{"name":"x","slides":[{"id":"a","kind":"image","media":"/etc/passwd","seconds":5}]}`, "slides[0].media"},
		{"/api/v1/playlists", `{"name":"x","slides":[{"id":"a","kind":"text","seconds":5}]}`, "slides[0].text"},
		{"/api/v1/playlists", `{"name":"x","slides":[{"id":"a","kind":"clock","seconds":0}]}`, "slides[0].seconds"},
		{"/api/v1/playlists", `{"name":"x","layout":"split","slides":[]}`, "layout"},
		{"/api/v1/schedules", `{"playlist":"nope","start":"07:00","end":"08:00"}`, "playlist"},
		{"/api/v1/schedules", `{"playlist":"` + lunch.ID + `","start":"7am","end":"08:00"}`, "start"},
	}
	for _, tt := range bad {
		if code, b := e.do(t, "POST", tt.path, tt.body); code != 422 || !strings.Contains(b, `"field":"`+tt.field+`"`) {
			t.Errorf("POST %s %s = %d %s; want 422 on %s", tt.path, tt.body, code, b, tt.field)
		}
	}
}

func TestPlaysAreStoredOnceAndReported(t *testing.T) {
	e := newEnv(t)
	var promo content.Promotion
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/promotions", validBody)), &promo)
	var pl content.Playlist
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/playlists", `{"name":"p","slides":[
		{"id":"s1","kind":"promotion","promotion":"`+promo.ID+`","seconds":8},{"id":"s2","kind":"clock","seconds":5}]}`)), &pl)
	started := time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)
	batch := `{"install":"` + install + `","plays":[
		{"id":"r1","playlist":"` + pl.ID + `","slide":"s1","kind":"promotion","ref":"` + promo.ID + `","started_at":"` + started + `","ms":8000},
		{"id":"r2","playlist":"` + pl.ID + `","slide":"s2","kind":"clock","started_at":"` + started + `","ms":0,"error":"media failed to load"}]}`
	for i, want := range []string{`"stored":2`, `"stored":0`} { // sent twice: a lost answer
		code, b := e.do(t, "POST", "/api/v1/plays", batch, "")
		if code != 200 || !strings.Contains(b, want) {
			t.Fatalf("batch %d = %d %s; want %s", i+1, code, b, want)
		}
	}
	_, b := e.do(t, "GET", "/api/v1/plays/report", "")
	if !strings.Contains(b, `"ref":"`+promo.ID+`","slide":"s1","plays":1,"seconds":8,"errors":0`) || !strings.Contains(b, `"errors":1`) {
		t.Fatalf("report = %s; want one 8 s play of the promotion and one error", b)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/plays/report?format=csv", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("CSV export: %v %v", err, res.Header)
	}
	res.Body.Close()
	if code, b := e.do(t, "POST", "/api/v1/plays", `{"install":"`+install+`","plays":[{"id":"","started_at":"`+started+`","ms":1}]}`, ""); code != 422 {
		t.Fatalf("malformed record = %d %s; want 422", code, b)
	}
}

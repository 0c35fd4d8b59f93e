package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storecast/app/content"
)

// A playlist's and a slide's template are stored and read back; a
// template that does not exist is refused with its field named, and the
// stored playlist stays as it was.
func TestPlaylistTemplateStoredAndValidated(t *testing.T) {
	e := newEnv(t)
	var promo content.Promotion
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/promotions", validBody)), &promo)
	slide := func(tpl string) string {
		return `{"id":"s1","kind":"promotion","promotion":"` + promo.ID + `","template":"` + tpl + `","seconds":8}`
	}
	var pl content.Playlist
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/playlists",
		`{"name":"Offers","layout":"zones","template":"brand","slides":[`+slide("picture")+`]}`)), &pl)
	stored := func() content.Playlist {
		t.Helper()
		var g content.Signage
		json.Unmarshal([]byte(e.call(t, http.StatusOK, "GET", "/api/v1/signage", "")), &g)
		for _, p := range g.Playlists {
			if p.ID == pl.ID {
				return p
			}
		}
		t.Fatalf("playlist %s not stored", pl.ID)
		return content.Playlist{}
	}
	if got := stored(); got.Template != "brand" || got.Layout != "zones" || got.Slides[0].Template != "picture" {
		t.Fatalf("stored playlist = template %q, layout %q, slide template %q; want brand, zones, picture",
			got.Template, got.Layout, got.Slides[0].Template)
	}
	bad := []struct{ body, field string }{
		{`{"name":"Offers","layout":"zones","template":"fancy","slides":[` + slide("picture") + `]}`, "template"},
		{`{"name":"Offers","layout":"zones","template":"brand","slides":[` + slide("Picture") + `]}`, "slides[0].template"},
		{`{"name":"Offers","layout":"zones","slides":[{"id":"c","kind":"clock","template":"brand","seconds":5}]}`, "slides[0].template"},
	}
	for _, tt := range bad {
		if code, b := e.do(t, "PUT", "/api/v1/playlists/"+pl.ID, tt.body); code != 422 || !strings.Contains(b, `"field":"`+tt.field+`"`) {
			t.Errorf("PUT %s = %d %s; want 422 on %s", tt.body, code, b, tt.field)
		}
	}
	if got := stored(); got.Template != "brand" || got.Slides[0].Template != "picture" || !got.UpdatedAt.Equal(pl.UpdatedAt) {
		t.Errorf("after refused changes: template %q, slide template %q, updated %v; want brand, picture, %v unchanged",
			got.Template, got.Slides[0].Template, got.UpdatedAt, pl.UpdatedAt)
	}
}

package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

func TestChainInfoStoresAndReport(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	info := func() rest.ChainInfo {
		t.Helper()
		var i rest.ChainInfo
		if err := json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/chain", "")), &i); err != nil {
			t.Fatal(err)
		}
		return i
	}
	if i := info(); i.Role != "standalone" || i.StoreID == "" || i.Uplink != nil {
		t.Errorf("a single store's chain info = %+v; want standalone, its id, no uplink", i)
	}
	e.call(t, 404, "GET", "/api/v1/chain/stores", "")

	up := false
	e.api.uplink = func() bool { return up }
	e.store.SetChainRole(store.Member)
	if i := info(); i.Role != "member" || i.Uplink == nil || *i.Uplink {
		t.Errorf("a cut-off store's chain info = %+v; want member, uplink false", i)
	}

	// Head office: its stores, connected while their heartbeats arrive,
	// and what they did.
	e.store.SetChainRole(store.HeadOffice)
	for _, s := range []store.ChainStore{{ID: "s1", Name: "Riverside", Region: "north", ScreensOnline: 3, AppVersions: map[string]int{"v1": 3}},
		{ID: "s2", Name: "Harbour", Region: "south"}} {
		if err := e.store.SeenStore(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	day := time.Now().Format("2006-01-02")
	for i, u := range []struct {
		origin string
		e      content.UpEvent
	}{{"s1", content.UpEvent{Kind: content.UpPlay, Day: day, N: 5}}, {"s2", content.UpEvent{Kind: content.UpRedeem, Day: day, N: 2}},
		{"s1", content.UpEvent{Kind: content.UpPlay, Day: day, N: 5}}} {
		if _, err := e.store.ApplyUp(ctx, u.origin, int64(i+1), u.e); err != nil {
			t.Fatal(err)
		}
	}
	var list rest.ChainStoreList
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/chain/stores", "")), &list)
	if len(list.Stores) != 2 || list.Stores[0].ID != "s1" || !list.Stores[0].Connected || list.Stores[0].ScreensOnline != 3 {
		t.Fatalf("stores = %+v; want s1 (north, 3 screens, connected) then s2", list.Stores)
	}
	e.api.now = func() time.Time { return time.Now().Add(2 * time.Minute) }
	json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/chain/stores", "")), &list)
	if list.Stores[0].Connected {
		t.Errorf("a store silent for two minutes shows connected")
	}
	e.api.now = time.Now

	tests := []struct {
		by   string
		want []rest.ChainCount
	}{
		{"store", []rest.ChainCount{{Day: day, Key: "s1", Plays: 10}, {Day: day, Key: "s2", Redemptions: 2}}},
		{"region", []rest.ChainCount{{Day: day, Key: "north", Plays: 10}, {Day: day, Key: "south", Redemptions: 2}}},
		{"chain", []rest.ChainCount{{Day: day, Key: "chain", Plays: 10, Redemptions: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			var got rest.ChainReport
			json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/chain/report?by="+tt.by, "")), &got)
			if len(got.Rows) != len(tt.want) {
				t.Fatalf("report by %s = %+v; want %+v", tt.by, got.Rows, tt.want)
			}
			for i := range tt.want {
				if got.Rows[i] != tt.want[i] {
					t.Errorf("report by %s row %d = %+v; want %+v", tt.by, i, got.Rows[i], tt.want[i])
				}
			}
		})
	}
	e.call(t, 422, "GET", "/api/v1/chain/report?by=planet", "")
}

// A store reports on its own date: at 17:00 UTC a store in Shanghai is
// on the next day, one in Samoa (UTC-11) on this one, and the default
// report counts both.
func TestChainReportCountsStoresAheadOfHeadOffice(t *testing.T) {
	e := newEnv(t)
	e.store.SetChainRole(store.HeadOffice)
	now := time.Date(2026, 12, 6, 17, 0, 0, 0, time.UTC)
	e.api.now = func() time.Time { return now }
	ctx := context.Background()
	for i, s := range []struct{ id, zone string }{{"shanghai", "Asia/Shanghai"}, {"kiritimati", "Pacific/Kiritimati"}, {"samoa", "Pacific/Pago_Pago"}} {
		loc, err := time.LoadLocation(s.zone)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.store.SeenStore(ctx, store.ChainStore{ID: s.id, Name: s.id}); err != nil {
			t.Fatal(err)
		}
		day := now.In(loc).Format(time.DateOnly)
		if _, err := e.store.ApplyUp(ctx, s.id, int64(i+1), content.UpEvent{Kind: content.UpPlay, Day: day, N: 1}); err != nil {
			t.Fatal(err)
		}
	}
	var got rest.ChainReport
	if err := json.Unmarshal([]byte(e.call(t, 200, "GET", "/api/v1/chain/report?by=chain", "")), &got); err != nil {
		t.Fatal(err)
	}
	plays := 0
	for _, r := range got.Rows {
		plays += r.Plays
	}
	if plays != 3 {
		t.Errorf("the default report counts %d plays (%+v); want 3, one per store on its own date", plays, got.Rows)
	}
}

// A store's console may read head office's items and not change them.
func TestHeadOfficeItemsAreReadOnlyInAStore(t *testing.T) {
	e := newEnv(t)
	e.store.SetChainRole(store.Member)
	p := content.Promotion{ID: store.NewID(), Title: content.Text{"en": "Chain offer"}, Price: 100}
	if _, err := e.store.ApplyHQ(context.Background(), "hq", 1, content.Event{Op: content.OpPromotionUpsert, Promotion: &p}, true); err != nil {
		t.Fatal(err)
	}
	// The console hides edit and delete for what the bodies mark from_hq.
	if b := e.call(t, 200, "GET", "/api/v1/promotions/"+p.ID, ""); !strings.Contains(b, `"from_hq":true`) {
		t.Errorf("GET head office's promotion = %s; want from_hq true", b)
	}
	if b := e.call(t, 200, "GET", "/api/v1/promotions", ""); !strings.Contains(b, `"from_hq":true`) {
		t.Errorf("GET promotions = %s; want head office's marked from_hq true", b)
	}
	body := `{"title":{"en":"Mine now"},"price":1}`
	if b := e.call(t, http.StatusConflict, "PUT", "/api/v1/promotions/"+p.ID, body); !strings.Contains(b, `"from_hq"`) {
		t.Errorf("changing head office's promotion = %s; want from_hq", b)
	}
	e.call(t, http.StatusConflict, "DELETE", "/api/v1/promotions/"+p.ID, "")
}

package store

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"storecast/app/content"
)

func up(kind, day string, n int) content.UpEvent { return content.UpEvent{Kind: kind, Day: day, N: n} }

// outboxOf returns the outbox rows of stream, in order.
func outboxOf(t *testing.T, s *Store, stream string) []OutboxMessage {
	t.Helper()
	rows, err := s.Outbox(context.Background(), 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(rows, func(m OutboxMessage) bool { return m.Stream != stream })
}

func chainItems(t *testing.T, s *Store) []content.ChainItem {
	t.Helper()
	var out []content.ChainItem
	for _, m := range outboxOf(t, s, StreamChain) {
		var it content.ChainItem
		if err := json.Unmarshal(m.Data, &it); err != nil {
			t.Fatal(err)
		}
		out = append(out, it)
	}
	return out
}

// At head office every change of chain content also goes to the stores,
// with its targets; a change without targets keeps the item's, and a
// delete goes to every store.
func TestHeadOfficeSendsChainContentWithTargets(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(HeadOffice)
	north := content.Targets{Regions: []string{"north"}}
	p, err := s.CreatePromotion(WithTargets(ctx, north), samplePromotion())
	if err != nil {
		t.Fatal(err)
	}
	p.Price = 100
	if _, err := s.UpdatePromotion(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCategory(ctx, content.Category{ID: "fruit", Name: content.Text{"en": "Fruit"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePromotion(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	got := chainItems(t, s)
	want := []struct {
		op      string
		targets content.Targets
	}{
		{content.OpPromotionUpsert, north},
		{content.OpPromotionUpsert, north},
		{content.OpPromotionDelete, content.Targets{}},
	}
	if len(got) != len(want) {
		t.Fatalf("chain outbox has %d items; want %d (categories stay at head office)", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Event.Op != w.op || !slices.Equal(got[i].Targets.Regions, w.targets.Regions) {
			t.Errorf("item %d = %s %+v; want %s %+v", i, got[i].Event.Op, got[i].Targets, w.op, w.targets)
		}
	}
	if n := len(outboxOf(t, s, content.StreamStore)); n != 4 {
		t.Errorf("head office's own feed got %d events; want 4", n)
	}
}

func TestStandaloneStoreSendsNothingUp(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.CreateStaffCall(ctx, "kiosk", "fruit"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreatePromotion(ctx, samplePromotion()); err != nil {
		t.Fatal(err)
	}
	if rows := append(outboxOf(t, s, StreamUp), outboxOf(t, s, StreamChain)...); len(rows) != 0 {
		t.Errorf("a standalone store wrote %d rows for a chain; want none", len(rows))
	}
}

func TestMemberReportsWhatHappenedUp(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(Member)
	s.Now = fixedClock(time.Date(2026, 5, 1, 20, 0, 0, 0, time.UTC))
	s.SetZone("Asia/Shanghai", nil)
	if _, err := s.CreateStaffCall(ctx, "kiosk", "fruit"); err != nil {
		t.Fatal(err)
	}
	plays := []Play{{ID: "a", Screen: "s"}, {ID: "b", Screen: "s"}}
	if _, err := s.AddPlays(ctx, plays); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddPlays(ctx, plays); err != nil { // sent again: nothing new
		t.Fatal(err)
	}
	c := liveCampaign(t, s, 10, 10)
	if _, err := s.Claim(ctx, c.ID, "install:x", 7); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, _, err := s.Redeem(ctx, 7, "cashier"); err != nil {
			t.Fatal(err)
		}
	}
	var got []content.UpEvent
	for _, m := range outboxOf(t, s, StreamUp) {
		var e content.UpEvent
		if err := json.Unmarshal(m.Data, &e); err != nil {
			t.Fatal(err)
		}
		got = append(got, e)
	}
	day := "2026-05-02" // 20:00 UTC is the next morning in Shanghai
	want := []content.UpEvent{up(content.UpStaffCall, day, 1), up(content.UpPlay, day, 2), up(content.UpClaim, day, 1), up(content.UpRedeem, day, 1)}
	if !slices.Equal(got, want) {
		t.Errorf("up events = %v; want %v", got, want)
	}
}

func TestApplyHQOnceReadOnlyAndTargeted(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(Member)
	p := samplePromotion()
	p.ID, p.UpdatedAt = "hq-promo", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	upsert := content.Event{Op: content.OpPromotionUpsert, Promotion: &p}
	apply := func(row int64, e content.Event, mine bool) bool {
		t.Helper()
		ok, err := s.ApplyHQ(ctx, "hq", row, e, mine)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !apply(5, upsert, true) {
		t.Fatal("the first apply was skipped")
	}
	if apply(5, upsert, true) || apply(4, upsert, true) {
		t.Error("a row at or below the last applied one was applied again")
	}
	got, err := s.Promotion(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Price != p.Price {
		t.Errorf("applied promotion price = %d; want %d", got.Price, p.Price)
	}
	if !got.FromHQ {
		t.Error("applied promotion FromHQ = false; want true, so the console shows it read-only")
	}
	if n := len(outboxOf(t, s, content.StreamStore)); n != 1 {
		t.Errorf("screens got %d events; want 1", n)
	}
	if _, err := s.UpdatePromotion(ctx, got); !errors.Is(err, ErrFromHQ) {
		t.Errorf("the store updating head office's promotion: err = %v; want ErrFromHQ", err)
	}
	if err := s.DeletePromotion(ctx, p.ID); !errors.Is(err, ErrFromHQ) {
		t.Errorf("the store deleting head office's promotion: err = %v; want ErrFromHQ", err)
	}
	// Head office narrows its targets: the store's copy goes.
	if !apply(6, upsert, false) {
		t.Fatal("the retarget was skipped")
	}
	if _, err := s.Promotion(ctx, p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("after a retarget away, Promotion err = %v; want ErrNotFound", err)
	}
	events := outboxOf(t, s, content.StreamStore)
	var last content.Event
	json.Unmarshal(events[len(events)-1].Data, &last)
	if len(events) != 2 || last.Op != content.OpPromotionDelete {
		t.Errorf("screens got %d events, the last %s; want 2, the last a delete", len(events), last.Op)
	}
	if last, _ := s.Applied(ctx, "hq"); last != 6 {
		t.Errorf("Applied = %d; want 6", last)
	}
}

// A store's copies of head office's campaigns, urgent messages, playlists
// and schedules say
// where they came from, as its promotions do, so the console shows them
// read-only.
func TestApplyHQMarksCampaignsAndOverrides(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(Member)
	now := time.Now().UTC()
	c := content.Campaign{ID: "hq-camp", Title: content.Text{"en": "Chain week"}, Quantity: 10, PerDevice: 1,
		WindowMinutes: 2, CouponMinutes: 60, Status: content.CampaignLive, UpdatedAt: now}
	o := content.Override{ID: "hq-ov", Message: content.Text{"en": "Store closes at 18:00"}, Severity: content.SeverityUrgent,
		ExpiresAt: now.Add(time.Hour), CreatedAt: now}
	for i, e := range []content.Event{{Op: content.OpCampaignUpsert, Campaign: &c}, {Op: content.OpOverrideSet, Override: &o}} {
		if ok, err := s.ApplyHQ(ctx, "hq", int64(i+1), e, true); err != nil || !ok {
			t.Fatalf("applying %s: %v, %v", e.Op, ok, err)
		}
	}
	own, err := s.CreateCampaign(ctx, content.Campaign{Title: content.Text{"en": "Ours"}, Quantity: 5, PerDevice: 1,
		WindowMinutes: 2, CouponMinutes: 60, Status: content.CampaignLive})
	if err != nil {
		t.Fatal(err)
	}
	camps, err := s.Campaigns(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range camps {
		if want := got.ID == c.ID; got.FromHQ != want {
			t.Errorf("campaign %s FromHQ = %v; want %v (head office's is %s, the store's %s)", got.ID, got.FromHQ, want, c.ID, own.ID)
		}
	}
	ovs, err := s.ActiveOverrides(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ovs) != 1 || !ovs[0].FromHQ {
		t.Errorf("overrides = %+v; want head office's one, FromHQ", ovs)
	}

	pl := content.Playlist{ID: "hq-pl", Name: "Spring", Layout: content.LayoutFull, UpdatedAt: now}
	sc := content.Schedule{ID: "hq-sc", Playlist: pl.ID, Start: "08:00", End: "12:00", UpdatedAt: now}
	for i, e := range []content.Event{{Op: content.OpPlaylistUpsert, Playlist: &pl}, {Op: content.OpScheduleUpsert, Schedule: &sc}} {
		if ok, err := s.ApplyHQ(ctx, "hq", int64(i+3), e, true); err != nil || !ok {
			t.Fatalf("applying %s: %v, %v", e.Op, ok, err)
		}
	}
	pls, err := s.Playlists(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range pls {
		if want := got.ID == pl.ID; got.FromHQ != want {
			t.Errorf("playlist %s FromHQ = %v; want %v", got.ID, got.FromHQ, want)
		}
	}
	scs, err := s.Schedules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range scs {
		if want := got.ID == sc.ID; got.FromHQ != want {
			t.Errorf("schedule %s FromHQ = %v; want %v", got.ID, got.FromHQ, want)
		}
	}
}

func TestApplyHQPlaylistTakesItsSchedules(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	pl := content.Playlist{ID: "hq-pl", Name: "Spring", Layout: content.LayoutFull, UpdatedAt: time.Now()}
	sc := content.Schedule{ID: "hq-sc", Playlist: pl.ID, Start: "08:00", End: "12:00"}
	orphan := content.Schedule{ID: "hq-orphan", Playlist: "elsewhere", Start: "08:00", End: "12:00"}
	for i, e := range []content.Event{
		{Op: content.OpPlaylistUpsert, Playlist: &pl},
		{Op: content.OpScheduleUpsert, Schedule: &sc},
		{Op: content.OpScheduleUpsert, Schedule: &orphan},
	} {
		if _, err := s.ApplyHQ(ctx, "hq", int64(i+1), e, true); err != nil {
			t.Fatal(err)
		}
	}
	mine, err := s.SaveSchedule(ctx, content.Schedule{Playlist: pl.ID, Start: "13:00", End: "14:00"})
	if err != nil {
		t.Fatalf("a store scheduling head office's playlist: %v", err)
	}
	scs, _ := s.Schedules(ctx)
	if len(scs) != 2 {
		t.Fatalf("schedules = %d; want 2 (head office's, the store's; not the one without its playlist)", len(scs))
	}
	if _, err := s.ApplyHQ(ctx, "hq", 4, content.Event{Op: content.OpPlaylistDelete, ID: pl.ID}, true); err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, m := range outboxOf(t, s, content.StreamStore) {
		var e content.Event
		json.Unmarshal(m.Data, &e)
		if e.Op != content.OpScheduleDelete {
			continue
		}
		ops = append(ops, e.ID)
	}
	slices.Sort(ops)
	want := []string{"hq-sc", mine.ID}
	slices.Sort(want)
	if !slices.Equal(ops, want) {
		t.Errorf("schedule deletes sent = %v; want %v", ops, want)
	}
}

func TestApplyUpCountsOnceAndReports(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(HeadOffice)
	for _, c := range []ChainStore{{ID: "a", Name: "A", Region: "north"}, {ID: "b", Name: "B", Region: "north"}, {ID: "c", Name: "C", Region: "south"}} {
		if err := s.SeenStore(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	day := "2026-05-02"
	for _, r := range []struct {
		store string
		row   int64
		e     content.UpEvent
	}{
		{"a", 1, up(content.UpPlay, day, 10)},
		{"a", 1, up(content.UpPlay, day, 10)}, // again
		{"a", 2, up(content.UpRedeem, day, 1)},
		{"b", 1, up(content.UpPlay, day, 5)},
		{"c", 9, up(content.UpStaffCall, day, 1)},
		{"c", 3, up(content.UpPlay, day, 100)}, // older than the last applied
	} {
		if _, err := s.ApplyUp(ctx, r.store, r.row, r.e); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		by   string
		want []ChainCount
	}{
		{ByStore, []ChainCount{{day, "a", 10, 0, 1, 0}, {day, "b", 5, 0, 0, 0}, {day, "c", 0, 0, 0, 1}}},
		{ByRegion, []ChainCount{{day, "north", 15, 0, 1, 0}, {day, "south", 0, 0, 0, 1}}},
		{ByChain, []ChainCount{{day, "chain", 15, 0, 1, 1}}},
	} {
		got, err := s.ChainReport(ctx, tc.by, day, day)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("report by %s = %+v; want %+v", tc.by, got, tc.want)
		}
	}
	stores, err := s.ChainStores(ctx)
	if err != nil || len(stores) != 3 || stores[2].Region != "south" {
		t.Errorf("ChainStores = %+v, %v; want a, b (north), c (south)", stores, err)
	}
}

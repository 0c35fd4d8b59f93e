package store

import (
	"context"
	"encoding/json"
	"testing"

	"storecast/app/content"
)

func TestStoreInfoIsAnnouncedWhenItChanges(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	events := func() []content.Event {
		t.Helper()
		ms, err := s.Outbox(ctx, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]content.Event, len(ms))
		for i, m := range ms {
			if err := json.Unmarshal(m.Data, &out[i]); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	s.SetZone("Asia/Shanghai", nil)
	if err := s.AnnounceStoreInfo(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(events()); n != 0 {
		t.Fatalf("first start emitted %d events; want none (screens start from a snapshot)", n)
	}
	if err := s.AnnounceStoreInfo(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(events()); n != 0 {
		t.Fatalf("a restart with the same zone emitted %d events; want none", n)
	}
	s.SetZone("Europe/Berlin", nil)
	if err := s.AnnounceStoreInfo(ctx); err != nil {
		t.Fatal(err)
	}
	es := events()
	if len(es) != 1 || es[0].Op != content.OpStoreUpdate || es[0].Store.TimeZone != "Europe/Berlin" {
		t.Fatalf("after a zone change: %+v; want one store.update to Europe/Berlin", es)
	}
	if err := s.SetDefaultPlaylist(ctx, "nope"); err == nil {
		t.Error("a default playlist that does not exist was taken")
	}
}

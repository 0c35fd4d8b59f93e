package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"storecast/app/content"
)

// After a restore the outbox numbers its rows past every row it numbered
// before, even rows the backup never saw.
func TestOutboxPastRestore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Before"}, Price: 1}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	at := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	if err := OutboxPastRestore(ctx, path, at); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "After"}, Price: 1}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Outbox(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if last := rows[len(rows)-1].ID; last <= at.UnixMilli() {
		t.Errorf("the first row after a restore is %d; want past %d", last, at.UnixMilli())
	}
}

package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestPromotionGroupsRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	in := samplePromotion()
	in.Groups = []string{"entrance", "乳品"}
	created, err := s.CreatePromotion(ctx, in)
	if err != nil {
		t.Fatalf("CreatePromotion: %v", err)
	}
	got, err := s.Promotion(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	assertPromotion(t, got, created)
	if !slices.Equal(got.Groups, in.Groups) {
		t.Errorf("Groups = %q; want %q", got.Groups, in.Groups)
	}

	// The column holds a JSON array, as campaigns' does.
	var raw string
	if err := s.queryRow(ctx, `SELECT groups FROM promotions WHERE id = ?`, created.ID).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if want := `["entrance","乳品"]`; raw != want {
		t.Errorf("groups column = %s; want %s", raw, want)
	}

	// Back to every screen: an empty list is stored as [] and read as nil.
	upd := got
	upd.Groups = []string{}
	updated, err := s.UpdatePromotion(ctx, upd)
	if err != nil {
		t.Fatalf("UpdatePromotion: %v", err)
	}
	if updated.Groups != nil {
		t.Errorf("UpdatePromotion returned Groups %q; want nil", updated.Groups)
	}
	ps, err := s.Promotions(ctx)
	if err != nil || len(ps) != 1 {
		t.Fatalf("Promotions = %d, %v; want 1", len(ps), err)
	}
	assertPromotion(t, ps[0], updated)
	if err := s.queryRow(ctx, `SELECT groups FROM promotions WHERE id = ?`, created.ID).Scan(&raw); err != nil || raw != "[]" {
		t.Errorf("groups column = %q, %v; want []", raw, err)
	}

	// And they survive a restart.
	upd.Groups = []string{"tills"}
	if updated, err = s.UpdatePromotion(ctx, upd); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err = s2.Promotion(ctx, created.ID); err != nil {
		t.Fatal(err)
	}
	assertPromotion(t, got, updated)
}

// A database from before promotions had groups keeps its promotions, for
// every screen.
func TestPromotionGroupsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	const before = 6 // the last schema without promotions.groups
	db, err := sql.Open("sqlite", dsn(path, writePragmas))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:before] {
		if _, err := applyMigration(ctx, db, m); err != nil {
			t.Fatalf("migration %s: %v", m.name, err)
		}
	}
	ms0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	if _, err := db.ExecContext(ctx, `INSERT INTO promotions (id, title, price, created_at, updated_at)
		VALUES ('old', '{"en":"Old milk"}', 590, ?, ?)`, ms0, ms0); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open of a version %d database: %v", before, err)
	}
	defer s.Close()
	if s.applied != len(ms)-before {
		t.Errorf("applied %d migrations; want %d", s.applied, len(ms)-before)
	}
	p, err := s.Promotion(ctx, "old")
	if err != nil {
		t.Fatalf("old promotion after upgrade: %v", err)
	}
	if p.Groups != nil || p.Title["en"] != "Old milk" {
		t.Errorf("old promotion = %+v; want it unchanged, with no groups", p)
	}
	if _, err := s.write.ExecContext(ctx, `UPDATE promotions SET groups = 'not json' WHERE id = 'old'`); err == nil {
		t.Error("the groups column took text that is not JSON; want the CHECK to refuse it")
	}
}

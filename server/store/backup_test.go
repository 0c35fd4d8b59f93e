package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"storecast/app/content"
)

// TestSnapshotWhileWriting copies a database while another connection
// writes to it: the copy passes its integrity check, has the schema, and
// holds every promotion created before the snapshot began.
func TestSnapshotWhileWriting(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	create := func() error {
		_, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Apples"}})
		return err
	}
	for range 50 {
		if err := create(); err != nil {
			t.Fatal(err)
		}
	}
	var (
		stop    atomic.Bool
		wg      sync.WaitGroup
		written atomic.Int64
	)
	wg.Go(func() {
		for !stop.Load() {
			if err := create(); err != nil {
				t.Error(err)
				return
			}
			written.Add(1)
		}
	})
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := Snapshot(ctx, path, dst); err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	stop.Store(true)
	wg.Wait()

	c, err := Check(ctx, dst)
	if err != nil || !c.OK() || c.SchemaVersion != KnownSchemaVersion() {
		t.Fatalf("Check(copy) = %+v, %v; want ok at schema %d", c, err, KnownSchemaVersion())
	}
	cp, err := Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	ps, err := cp.Promotions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 50 {
		t.Errorf("copy holds %d promotions; want at least the 50 made before it", len(ps))
	}
	if err := Snapshot(ctx, path, dst); err == nil {
		t.Error("Snapshot over an existing file succeeded; want a refusal")
	}
}

func TestSnapshotMissingSource(t *testing.T) {
	dir := t.TempDir()
	if err := Snapshot(context.Background(), filepath.Join(dir, "none.db"), filepath.Join(dir, "out.db")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Snapshot of a missing file: %v; want ErrNotExist", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("Snapshot created the missing source file")
	}
}

func TestCheckFindsDamage(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	for range 200 {
		if _, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Pears, a longer title to fill pages"}}); err != nil {
			t.Fatal(err)
		}
	}
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := Snapshot(ctx, path, dst); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	// An invalid type byte at the head of every page after the schema's.
	pageSize := int(b[16])<<8 | int(b[17])
	for off := pageSize; off < len(b); off += pageSize {
		b[off] = 0xff
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Check(ctx, dst)
	if !errors.Is(err, ErrCorrupt) || c.OK() {
		t.Fatalf("Check(damaged) = %+v, %v; want ErrCorrupt", c, err)
	}
}

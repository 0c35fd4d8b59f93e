package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// openTemp opens a fresh store in a temporary directory and closes it when
// the test ends.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "storecast.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// fixedClock returns a clock that advances one second on every call.
func fixedClock(start time.Time) func() time.Time {
	t := start
	return func() time.Time { t = t.Add(time.Second); return t }
}

func TestOpenTwiceIsNoOp(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if s.applied != len(ms) {
		t.Errorf("first Open applied %d migrations; want %d", s.applied, len(ms))
	}
	s.Close()

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer s2.Close()
	if s2.applied != 0 {
		t.Errorf("second Open applied %d migrations; want 0", s2.applied)
	}
	v, err := schemaVersion(ctx, s2.write)
	if err != nil || v != len(ms) {
		t.Errorf("user_version = %d, %v; want %d", v, err, len(ms))
	}
}

func TestOpenWAL(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	tests := []struct {
		pool         string
		db           *sql.DB
		pragma, want string
	}{
		{"writer", s.write, "journal_mode", "wal"},
		{"writer", s.write, "foreign_keys", "1"},
		{"writer", s.write, "synchronous", "1"},
		{"writer", s.write, "busy_timeout", "5000"},
		{"writer", s.write, "query_only", "0"},
		{"reader", s.read, "journal_mode", "wal"},
		{"reader", s.read, "busy_timeout", "5000"},
		{"reader", s.read, "query_only", "1"},
		{"reserved", s.reserved, "journal_mode", "wal"},
		{"reserved", s.reserved, "query_only", "1"},
	}
	for _, tt := range tests {
		var got string
		if err := tt.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
			t.Fatalf("%s: PRAGMA %s: %v", tt.pool, tt.pragma, err)
		}
		if !strings.EqualFold(got, tt.want) {
			t.Errorf("%s: PRAGMA %s = %q; want %q", tt.pool, tt.pragma, got, tt.want)
		}
	}
	if _, err := s.read.ExecContext(ctx, `DELETE FROM settings`); err == nil {
		t.Error("a write on the read pool succeeded; want it refused (query_only)")
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	newer := len(ms) + 5
	if _, err := s.write.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", newer)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, err := Open(ctx, path)
	if err == nil {
		s2.Close()
		t.Fatal("Open of a newer schema succeeded; want ErrSchemaTooNew")
	}
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open error = %v; want ErrSchemaTooNew", err)
	}
	want := fmt.Sprintf("store: database schema is version %d but this binary knows up to %d; upgrade storecast", newer, len(ms))
	if err.Error() != want {
		t.Errorf("Open error = %q; want %q", err, want)
	}
}

func TestMigrationsNumbered(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has version %d; want %d", m.name, m.version, i+1)
		}
	}
}

func TestCloseReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	p, err := s.CreatePromotion(ctx, samplePromotion())
	if err != nil {
		t.Fatal(err)
	}
	if err := setSettingForTest(ctx, s, "secret", "s3cr3t"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Promotion(ctx, p.ID)
	if err != nil {
		t.Fatalf("Promotion after reopen: %v", err)
	}
	assertPromotion(t, got, p)
	if v, err := s2.Setting(ctx, "secret"); err != nil || v != "s3cr3t" {
		t.Errorf("Setting after reopen = %q, %v; want s3cr3t", v, err)
	}
}

func TestSettings(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.Setting(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Setting(missing) error = %v; want ErrNotFound", err)
	}
	for _, v := range []string{"one", "", "two"} {
		if err := setSettingForTest(ctx, s, "k", v); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Setting(ctx, "k"); err != nil || got != v {
			t.Errorf("Setting(k) = %q, %v; want %q", got, err, v)
		}
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		id := NewID()
		if len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" {
			t.Fatalf("NewID() = %q; want 32 hex digits", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q", id)
		}
		seen[id] = true
	}
}

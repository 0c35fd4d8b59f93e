package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one embedded schema step; version is its file number.
type migration struct {
	version int
	name    string
	sql     string
}

// schemaTooNewError carries the versions for the message and matches
// ErrSchemaTooNew under errors.Is.
type schemaTooNewError struct{ have, know int }

func (e *schemaTooNewError) Error() string {
	return fmt.Sprintf("store: database schema is version %d but this binary knows up to %d; upgrade storecast", e.have, e.know)
}

func (e *schemaTooNewError) Is(target error) bool { return target == ErrSchemaTooNew }

// migrations returns the embedded migrations in order and checks that they
// are numbered 1..n without gaps, so a mis-named file fails loudly.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for i, e := range entries { // ReadDir sorts by name
		num, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s: want number %04d", e.Name(), i+1)
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	return ms, nil
}

// migrate applies every migration newer than the database's user_version and
// returns how many it applied.
func migrate(ctx context.Context, db *sql.DB) (int, error) {
	ms, err := migrations()
	if err != nil {
		return 0, fmt.Errorf("store: migrate: %w", err)
	}
	have, err := schemaVersion(ctx, db)
	if err != nil {
		return 0, fmt.Errorf("store: migrate: %w", err)
	}
	if have > len(ms) {
		return 0, &schemaTooNewError{have: have, know: len(ms)}
	}
	applied := 0
	for _, m := range ms[have:] {
		ran, err := applyMigration(ctx, db, m)
		if err != nil {
			return applied, fmt.Errorf("store: migrate %s: %w", m.name, err)
		}
		if ran {
			applied++
		}
	}
	return applied, nil
}

// applyMigration runs one migration and records its version in the same
// transaction. Another process may have applied it since we looked, so the
// version is checked again under the write lock (transactions are IMMEDIATE).
func applyMigration(ctx context.Context, db *sql.DB, m migration) (ran bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	if v >= m.version {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, err
	}
	// PRAGMA takes no bind parameters; m.version is an int we parsed.
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Snapshot writes a consistent copy of the database file at src to dst
// (which must not exist) while other connections, in this process or in a
// running server, go on reading and writing it.
//
// It uses VACUUM INTO rather than the online backup API: one statement,
// run inside one read transaction, so the copy is the database exactly as
// it was when the statement began, and in WAL mode writers are never held
// up. The copy is compacted and holds the WAL's committed pages, so it is
// complete on its own.
//
// Snapshot opens its own read-only connection and never migrates: a newer
// binary backing up an older server's database must not change its schema
// under it.
func Snapshot(ctx context.Context, src, dst string) error {
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	db, err := openReadOnly(src)
	if err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	defer db.Close()
	// VACUUM takes no bind parameter for its file name; quote it as an SQL
	// string literal.
	if _, err := db.ExecContext(ctx, "VACUUM INTO '"+strings.ReplaceAll(dst, "'", "''")+"'"); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	return nil
}

// FileCheck is what Check found in a database file.
type FileCheck struct {
	SchemaVersion int    // PRAGMA user_version: the migrations applied
	Integrity     string // "ok", or what PRAGMA integrity_check reported
}

// OK reports whether the file passed the integrity check.
func (c FileCheck) OK() bool { return c.Integrity == "ok" }

// ErrCorrupt is returned by Check when PRAGMA integrity_check finds damage.
var ErrCorrupt = errors.New("store: database fails its integrity check")

// Check runs PRAGMA integrity_check on the database file at path, read
// only, and reads its schema version. A damaged file returns the report
// and an error matching ErrCorrupt.
func Check(ctx context.Context, path string) (FileCheck, error) {
	if _, err := os.Stat(path); err != nil {
		return FileCheck{}, fmt.Errorf("store: check: %w", err)
	}
	db, err := openReadOnly(path)
	if err != nil {
		return FileCheck{}, fmt.Errorf("store: check: %w", err)
	}
	defer db.Close()
	var c FileCheck
	if c.SchemaVersion, err = schemaVersion(ctx, db); err != nil {
		return FileCheck{}, checkError(err)
	}
	rows, err := db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return FileCheck{}, checkError(err)
	}
	defer rows.Close()
	var report []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return FileCheck{}, fmt.Errorf("store: check: %w", err)
		}
		report = append(report, line)
	}
	if err := rows.Err(); err != nil {
		return FileCheck{}, checkError(err)
	}
	c.Integrity = strings.Join(report, "; ")
	if !c.OK() {
		return c, fmt.Errorf("%w: %s", ErrCorrupt, c.Integrity)
	}
	return c, nil
}

// checkError marks SQLite's "malformed" and "not a database" answers, which
// come before integrity_check can report anything, as ErrCorrupt.
func checkError(err error) error {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		switch coded.Code() & 0xff { // the primary code; extended codes add high bits
		case sqliteCorrupt, sqliteNotADB:
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	}
	return fmt.Errorf("store: check: %w", err)
}

// SQLite's primary result codes for a damaged file.
const (
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

// KnownSchemaVersion is the newest schema version this binary migrates to;
// a database (or backup) with a higher one was written by a newer storecast.
func KnownSchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0 // the embedded files are checked by every test run
	}
	return len(ms)
}

// openReadOnly opens a database file read only, with one connection,
// none of Open's pragmas (a read-only connection cannot set journal_mode)
// and no migrations.
func openReadOnly(path string) (*sql.DB, error) {
	file, _, _ := strings.Cut(dsn(path, ""), "?") // the escaped file: URI
	db, err := sql.Open("sqlite", file+"?_pragma=busy_timeout(5000)&mode=ro")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

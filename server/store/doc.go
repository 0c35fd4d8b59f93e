// Package store keeps Storecast's content in one SQLite file.
//
// The database runs in WAL mode so screens' reads never wait for a staff
// member's write, with a busy timeout so concurrent writers queue instead of
// failing. Every transaction begins IMMEDIATE: a transaction that reads and
// then writes cannot deadlock against another one and fail with SQLITE_BUSY
// behind the busy handler's back.
//
// The schema is a numbered list of embedded SQL files (migrations/NNNN_*.sql),
// applied in order, each in one transaction together with PRAGMA
// user_version, so a crash mid-upgrade leaves the previous version intact.
// Migrations are append-only: never edit one that has shipped.
//
// Times are stored as Unix milliseconds in UTC and come back as UTC
// time.Time values truncated to the millisecond, so what a caller wrote and
// what it reads back compare equal.
package store

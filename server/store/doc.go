// Package store keeps Storecast's content in one SQLite file.
//
// The database runs in WAL mode so screens' reads never wait for a staff
// member's write. The Store holds three pools on the one file:
//
//   - the writer, one connection: every write and every transaction goes
//     through it, so concurrent writers queue in Go (each bounded by its
//     context) and never meet SQLite's busy handler, whose timeout would
//     surface as "database is locked" under load;
//   - the readers, a few query_only connections (readConns), closed when
//     idle: a burst of anonymous requests waits for one of them instead of
//     opening a connection (file descriptors, a page cache) each. A read
//     that cannot get one within readWait fails with ErrOverloaded, which
//     the API answers with 503 and Retry-After;
//   - one more query_only connection, reserved for staff (Reserved): a
//     request with a staff credential reads there, so no burst of
//     anonymous reads, however long it keeps the readers busy, makes
//     staff wait for them.
//
// Every transaction begins IMMEDIATE, and the busy timeout stays: another
// process (`storecast user add`) may still write to the file.
//
// Every write is a change or a record (tx.go). A change is a staff
// member's: it writes its rows, its audit entry and the events screens
// must see (the outbox) in one transaction, so no staff change goes
// unaudited and none is committed without its event, or published
// without being committed. A record is what shoppers and screens do
// (claims, plays, calls for staff, sessions): events, no audit entry.
//
// In a chain of stores (chain.go, docs/architecture.md, "A chain of stores") the outbox carries two
// more streams: a member store's reports for head office (StreamUp), and
// at head office every change of chain content with the stores it targets
// (StreamChain). A store applies head office's changes with ApplyHQ, one
// change by "hq" per message that also records the message as applied, so
// each is applied once; head office's items are read-only in the store,
// which triggers in the database enforce (ErrFromHQ).
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

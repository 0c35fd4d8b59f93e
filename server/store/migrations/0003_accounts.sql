-- Staff accounts, their sessions and API tokens; paired screens; urgent
-- overrides; and the audit log of every staff change. Secrets (session and
-- API tokens, device tokens) are stored only as SHA-256 hashes. Times are
-- Unix milliseconds, UTC.
CREATE TABLE users (
	id            TEXT    PRIMARY KEY,
	username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
	role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'cashier')),
	password_hash TEXT    NOT NULL,
	created_at    INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
	token_hash TEXT    PRIMARY KEY,
	user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	csrf       TEXT    NOT NULL,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
) STRICT;

CREATE TABLE api_tokens (
	id           TEXT    PRIMARY KEY,
	user_id      TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name         TEXT    NOT NULL,
	token_hash   TEXT    NOT NULL UNIQUE,
	created_at   INTEGER NOT NULL,
	revoked_at   INTEGER
) STRICT;

CREATE TABLE screens (
	id          TEXT    PRIMARY KEY,
	name        TEXT    NOT NULL,
	kind        TEXT    NOT NULL CHECK (kind IN ('kiosk', 'signage')),
	groups      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(groups)),
	token_hash  TEXT    NOT NULL UNIQUE,
	created_at  INTEGER NOT NULL,
	last_seen   INTEGER,
	app_version TEXT    NOT NULL DEFAULT '',
	revoked_at  INTEGER
) STRICT;

CREATE TABLE overrides (
	id         TEXT    PRIMARY KEY,
	message    TEXT    NOT NULL CHECK (json_valid(message)),
	severity   TEXT    NOT NULL,
	groups     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(groups)),
	expires_at INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	created_by TEXT    NOT NULL,
	cleared_at INTEGER
) STRICT;

CREATE TABLE audit (
	id     INTEGER PRIMARY KEY,
	at     INTEGER NOT NULL,
	actor  TEXT    NOT NULL,
	action TEXT    NOT NULL,
	target TEXT    NOT NULL DEFAULT '',
	detail TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_by_time ON audit (at DESC, id DESC);

-- One-time enrolment links: an admin decides a new screen's name, kind and
-- groups in advance; the first screen to open the link becomes that paired
-- screen. Only the link token's hash is stored. A link is pending while
-- used_at and revoked_at are NULL and expires_at is in the future. Times are
-- Unix milliseconds, UTC.
CREATE TABLE enrolment_links (
	id         TEXT    PRIMARY KEY,
	token_hash TEXT    NOT NULL UNIQUE,
	name       TEXT    NOT NULL,
	kind       TEXT    NOT NULL CHECK (kind IN ('kiosk', 'signage')),
	groups     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(groups)),
	created_at INTEGER NOT NULL,
	created_by TEXT    NOT NULL,
	expires_at INTEGER NOT NULL,
	used_at    INTEGER,
	-- Deferred: redeeming sets it in the same statement that claims the
	-- link, before the screen row is inserted in that transaction.
	screen_id  TEXT    REFERENCES screens (id) DEFERRABLE INITIALLY DEFERRED,
	revoked_at INTEGER
) STRICT;

-- Members and their points (server/points). A member is a keyed hash of a
-- normalised phone number, or a random id for one who gave none, and the
-- consent they gave: nothing else about the person is stored.
CREATE TABLE point_members (
	id              TEXT    PRIMARY KEY,
	by_phone        INTEGER NOT NULL CHECK (by_phone IN (0, 1)),
	consent_version INTEGER NOT NULL,
	consent_locale  TEXT    NOT NULL,
	consented_at    INTEGER NOT NULL,
	-- Kept with every entry in the same transaction; verify checks it
	-- against the entries and the lots.
	balance         INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0)
) STRICT;

-- The ledger: append-only. A correction is a new entry (kind reverse)
-- naming the one it reverses; only deleting a membership removes
-- entries, whose sums then stay in point_retired.
CREATE TABLE point_entries (
	seq        INTEGER PRIMARY KEY,
	member_id  TEXT    NOT NULL REFERENCES point_members (id),
	kind       TEXT    NOT NULL CHECK (kind IN ('earn', 'spend', 'expire', 'reverse')),
	points     INTEGER NOT NULL,
	issuer     TEXT    NOT NULL,
	key        TEXT    NOT NULL,
	reverses   INTEGER REFERENCES point_entries (seq),
	amount_fen INTEGER NOT NULL DEFAULT 0,
	actor      TEXT    NOT NULL,
	at         INTEGER NOT NULL,
	UNIQUE (issuer, kind, key)
) STRICT;
CREATE INDEX point_entries_member ON point_entries (member_id, seq);
CREATE UNIQUE INDEX point_entries_reverses ON point_entries (reverses) WHERE reverses IS NOT NULL;

-- Points in lots: each earn makes one, with its expiry; spends take from
-- the oldest first and point_draws says which, so a reversed spend gives
-- each lot back what it took.
CREATE TABLE point_lots (
	entry      INTEGER PRIMARY KEY REFERENCES point_entries (seq),
	member_id  TEXT    NOT NULL REFERENCES point_members (id),
	earned     INTEGER NOT NULL CHECK (earned > 0),
	remaining  INTEGER NOT NULL CHECK (remaining >= 0),
	expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX point_lots_member ON point_lots (member_id, expires_at, entry) WHERE remaining > 0;
CREATE INDEX point_lots_due ON point_lots (expires_at) WHERE remaining > 0;

CREATE TABLE point_draws (
	entry  INTEGER NOT NULL REFERENCES point_entries (seq),
	lot    INTEGER NOT NULL REFERENCES point_lots (entry),
	points INTEGER NOT NULL CHECK (points > 0),
	PRIMARY KEY (entry, lot)
) STRICT, WITHOUT ROWID;

-- The earning rules, one JSON document.
CREATE TABLE point_rules (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	rules      TEXT    NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;

-- What deleted memberships' entries summed to, by kind, so the store's
-- totals survive a deletion without the person.
CREATE TABLE point_retired (
	kind    TEXT    PRIMARY KEY,
	points  INTEGER NOT NULL,
	entries INTEGER NOT NULL
) STRICT;

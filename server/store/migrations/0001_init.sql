-- Promotions shown on kiosks and signage. Text columns hold a JSON object
-- keyed by locale; times are Unix milliseconds, UTC.
CREATE TABLE promotions (
	id         TEXT    PRIMARY KEY,
	title      TEXT    NOT NULL CHECK (json_valid(title)),
	body       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
	image      TEXT    NOT NULL DEFAULT '',
	price      INTEGER NOT NULL,
	was_price  INTEGER NOT NULL DEFAULT 0,
	valid_from INTEGER,
	valid_to   INTEGER,
	priority   INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;

-- Matches the order screens show promotions in.
CREATE INDEX promotions_by_rank ON promotions (priority DESC, updated_at DESC, id);

-- Small server state: the "demo seeded" flag, secrets created on first run.
CREATE TABLE settings (
	key        TEXT    PRIMARY KEY,
	value      TEXT    NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;

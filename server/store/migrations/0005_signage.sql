-- Signage playlists (slides as JSON: they are always read and written
-- whole), their schedules, and proof of play: one row per slide shown,
-- keyed by the id the screen gave the record, so a batch sent twice is
-- stored once.
CREATE TABLE playlists (
	id         TEXT    PRIMARY KEY,
	name       TEXT    NOT NULL,
	slides     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(slides)),
	shuffle    INTEGER NOT NULL DEFAULT 0,
	layout     TEXT    NOT NULL DEFAULT 'full',
	updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE schedules (
	id         TEXT    PRIMARY KEY,
	playlist   TEXT    NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
	from_date  TEXT    NOT NULL DEFAULT '',
	to_date    TEXT    NOT NULL DEFAULT '',
	weekdays   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(weekdays)),
	start      TEXT    NOT NULL,
	end        TEXT    NOT NULL,
	priority   INTEGER NOT NULL DEFAULT 0,
	groups     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(groups)),
	updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE plays (
	id         TEXT    PRIMARY KEY,
	screen     TEXT    NOT NULL,
	playlist   TEXT    NOT NULL DEFAULT '',
	slide      TEXT    NOT NULL DEFAULT '',
	kind       TEXT    NOT NULL DEFAULT '',
	ref        TEXT    NOT NULL DEFAULT '',
	started_at INTEGER NOT NULL,
	ms         INTEGER NOT NULL,
	error      TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX plays_by_time ON plays (started_at);

-- The store's brand: its name in each language (a JSON object keyed by
-- locale, as promotions' titles are), its logo's media URL and its two
-- colours (#rrggbb). One row at most: without it screens show the
-- product's name and colours.
CREATE TABLE brand (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	name       TEXT    NOT NULL,
	logo       TEXT    NOT NULL DEFAULT '',
	color      TEXT    NOT NULL,
	accent     TEXT    NOT NULL,
	updated_at INTEGER NOT NULL
);

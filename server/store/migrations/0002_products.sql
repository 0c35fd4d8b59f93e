-- The kiosk: products for the price check, categories for
-- products and promotions, store events, and shoppers' calls for staff.
-- Text columns hold a JSON object keyed by locale; times are Unix
-- milliseconds, UTC.

-- Categories group products and promotions on the kiosk. The id is a short
-- key staff use in CSV files ("fruit"); position orders them on screen.
CREATE TABLE categories (
	id         TEXT    PRIMARY KEY,
	name       TEXT    NOT NULL CHECK (json_valid(name)),
	position   INTEGER NOT NULL DEFAULT 0,
	updated_at INTEGER NOT NULL
) STRICT;

ALTER TABLE promotions ADD COLUMN category TEXT NOT NULL DEFAULT '';

-- Products for the price check: the one price, online and in store.
-- search holds the names and SKU in lower case, for name search.
CREATE TABLE products (
	sku        TEXT    PRIMARY KEY,
	barcode    TEXT    NOT NULL DEFAULT '',
	name       TEXT    NOT NULL CHECK (json_valid(name)),
	price      INTEGER NOT NULL CHECK (price >= 0),
	category   TEXT    NOT NULL DEFAULT '',
	aisle      TEXT    NOT NULL DEFAULT '',
	search     TEXT    NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL
) STRICT;

-- A barcode names one product; products without one are allowed.
CREATE UNIQUE INDEX products_by_barcode ON products (barcode) WHERE barcode <> '';

-- Events in the store: tastings, classes, markets.
CREATE TABLE store_events (
	id         TEXT    PRIMARY KEY,
	title      TEXT    NOT NULL CHECK (json_valid(title)),
	body       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
	place      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(place)),
	starts_at  INTEGER NOT NULL,
	ends_at    INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX store_events_by_time ON store_events (ends_at, starts_at);

-- A shopper pressed "call staff" on a kiosk. source is the kiosk's network
-- address (a kiosk, never a shopper's device); answered_at is set by staff.
CREATE TABLE staff_calls (
	id          TEXT    PRIMARY KEY,
	source      TEXT    NOT NULL DEFAULT '',
	place       TEXT    NOT NULL DEFAULT '',
	created_at  INTEGER NOT NULL,
	answered_at INTEGER
) STRICT;

CREATE INDEX staff_calls_by_time ON staff_calls (created_at);

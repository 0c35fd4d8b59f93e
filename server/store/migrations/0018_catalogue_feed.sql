-- The catalogue feed: POS/ERP systems send prices and stock (a batch over
-- the API or a file in the drop folder); every price change is kept; offers
-- linked to products pause while those are sold out; the kiosk counts the
-- searches that found nothing.

-- Stock on hand (NULL: not known; the unit it is sold by came with the
-- console's catalogue, 0016), and the prices of the other channels (NULL: not known) with when each was last sent,
-- which is how the kiosk tells a current online price from a stale one.
-- parity_since is when the channels' prices stopped agreeing with the
-- price in store (NULL: they agree, or none is known).
ALTER TABLE products ADD COLUMN stock INTEGER;
ALTER TABLE products ADD COLUMN online_price INTEGER CHECK (online_price >= 0);
ALTER TABLE products ADD COLUMN online_at INTEGER;
ALTER TABLE products ADD COLUMN delivery_price INTEGER CHECK (delivery_price >= 0);
ALTER TABLE products ADD COLUMN delivery_at INTEGER;
ALTER TABLE products ADD COLUMN parity_since INTEGER;

CREATE INDEX products_by_parity ON products (parity_since) WHERE parity_since IS NOT NULL;

-- A product's other barcodes (multipacks, old labels): each names one
-- product, and none is also a product's main barcode (the writer checks).
CREATE TABLE product_barcodes (
	barcode TEXT NOT NULL PRIMARY KEY,
	sku     TEXT NOT NULL REFERENCES products (sku) ON DELETE CASCADE
) STRICT;

CREATE INDEX product_barcodes_by_sku ON product_barcodes (sku);

-- Every price change, per product and channel (in_store, online,
-- delivery): old is NULL for a first price. actor is the staff member or
-- token's owner, source the token's name or the drop file.
CREATE TABLE price_history (
	id      INTEGER PRIMARY KEY,
	sku     TEXT    NOT NULL,
	channel TEXT    NOT NULL CHECK (channel IN ('in_store', 'online', 'delivery')),
	old     INTEGER,
	new     INTEGER NOT NULL,
	actor   TEXT    NOT NULL DEFAULT '',
	source  TEXT    NOT NULL DEFAULT '',
	at      INTEGER NOT NULL
) STRICT;

CREATE INDEX price_history_by_sku ON price_history (sku, id);

-- A feed batch's idempotency key: the hash of the body it came with and
-- the answer it got, so a repeat gets that answer and a different body
-- under the same key is refused.
CREATE TABLE catalogue_batches (
	key        TEXT    PRIMARY KEY,
	body_hash  TEXT    NOT NULL,
	status     INTEGER NOT NULL,
	answer     BLOB    NOT NULL,
	created_at INTEGER NOT NULL
) STRICT;

-- Offers linked to products (a JSON array of SKUs) pause while every one
-- of them has at most stock_threshold in stock; paused is kept so screens
-- get it with the offer.
ALTER TABLE promotions ADD COLUMN products TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(products));
ALTER TABLE promotions ADD COLUMN stock_threshold INTEGER NOT NULL DEFAULT 0 CHECK (stock_threshold >= 0);
ALTER TABLE promotions ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;

-- Price-check searches that found nothing, by their normalised text only:
-- no screen, no time of day, nothing about who typed it.
CREATE TABLE missed_searches (
	query    TEXT    PRIMARY KEY,
	count    INTEGER NOT NULL,
	first_at INTEGER NOT NULL,
	last_at  INTEGER NOT NULL
) STRICT;

-- API tokens may be limited to scopes (a JSON array); empty: the token
-- acts as its owner everywhere, as before scopes existed.
ALTER TABLE api_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scopes));

-- A product's lots: how many are on hand best before each date (the
-- store's date, YYYY-MM-DD), as the catalogue feed last sent them; the
-- markdown rule suggests cuts for those near their date.
CREATE TABLE product_lots (
	sku         TEXT    NOT NULL REFERENCES products (sku) ON DELETE CASCADE,
	best_before TEXT    NOT NULL,
	quantity    INTEGER NOT NULL,
	PRIMARY KEY (sku, best_before)
) STRICT;

-- What an editor decided about a lot's suggested markdown: approved (with
-- the promotion it made) or dismissed. Either takes the lot off the
-- suggestions, and an approval makes a second tap answer the first tap's
-- promotion instead of making another.
CREATE TABLE markdown_decisions (
	sku          TEXT    NOT NULL REFERENCES products (sku) ON DELETE CASCADE,
	best_before  TEXT    NOT NULL,
	decision     TEXT    NOT NULL CHECK (decision IN ('approved', 'dismissed')),
	promotion_id TEXT    NOT NULL DEFAULT '',
	at           INTEGER NOT NULL,
	PRIMARY KEY (sku, best_before)
) STRICT;

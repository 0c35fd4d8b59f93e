-- A product's lots: how many are on hand best before each date (the
-- store's date, YYYY-MM-DD), as the catalogue feed last sent them; the
-- markdown rule suggests cuts for those near their date.
CREATE TABLE product_lots (
	sku         TEXT    NOT NULL REFERENCES products (sku) ON DELETE CASCADE,
	best_before TEXT    NOT NULL,
	quantity    INTEGER NOT NULL,
	PRIMARY KEY (sku, best_before)
) STRICT;

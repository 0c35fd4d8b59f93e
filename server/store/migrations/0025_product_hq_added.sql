-- Which of a store's products head office added (1) rather than the store
-- itself (0): when head office deletes a product, a store removes the one
-- head office added, and keeps one its staff made that head office only
-- priced (same SKU), which becomes the store's own again.
--
-- Products already in a store when this arrives: head office added those
-- whose last arrival in the price history (a row with no old price) was
-- head office's.
ALTER TABLE products ADD COLUMN hq_added INTEGER NOT NULL DEFAULT 0 CHECK (hq_added IN (0, 1));

UPDATE products SET hq_added = 1 WHERE hq_price IS NOT NULL AND (
	SELECT source FROM price_history h
	WHERE h.sku = products.sku AND h.channel = 'in_store' AND h.old IS NULL
	ORDER BY h.id DESC LIMIT 1
) = 'head office';

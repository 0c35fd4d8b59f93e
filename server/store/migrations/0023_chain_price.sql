-- Chain prices: head office sets a product's price for every store and
-- says whether a store may set its own.
--
-- At head office, overridable and hq_paused are its staff's choice for
-- the product; at a store they are what head office last sent. hq_price
-- is head office's price at a store (NULL: head office sets none, the
-- store prices the product itself); own_price is the store's own price
-- where head office allows one (NULL: none). products.price stays the
-- price that applies in this store, so the kiosk and labels read one
-- column.
ALTER TABLE products ADD COLUMN overridable INTEGER NOT NULL DEFAULT 0 CHECK (overridable IN (0, 1));
ALTER TABLE products ADD COLUMN hq_paused INTEGER NOT NULL DEFAULT 0 CHECK (hq_paused IN (0, 1));
ALTER TABLE products ADD COLUMN hq_price INTEGER CHECK (hq_price >= 0);
ALTER TABLE products ADD COLUMN own_price INTEGER CHECK (own_price >= 0);

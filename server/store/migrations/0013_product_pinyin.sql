-- Products carry their Chinese name in pinyin ("cao mei"), so the kiosk's
-- own keypad finds them without an input method. The server spells it when
-- a product is written; NULL marks a product written before this column
-- existed, which the store spells when it opens (SQL has no pinyin).
ALTER TABLE products ADD COLUMN pinyin TEXT;

-- The kiosk's keypad browses products by category, in pinyin order.
CREATE INDEX products_by_category ON products (category, pinyin, sku);

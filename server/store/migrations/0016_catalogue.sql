-- The console edits the catalogue one item at a time: a product gains the
-- unit its price is for ("500g", "each") and a picture (a media URL), and
-- a category may name which of the kiosk's icons it shows ('' lets the
-- kiosk pick one from the category's id, as before).
ALTER TABLE products ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN image TEXT NOT NULL DEFAULT '';
ALTER TABLE categories ADD COLUMN icon TEXT NOT NULL DEFAULT '';

-- A promotion may target screen groups, stored as campaigns store theirs:
-- a JSON array of group names, '[]' for every screen. Existing promotions
-- keep showing everywhere.
ALTER TABLE promotions ADD COLUMN groups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(groups));

-- How a playlist's promotion slides are drawn ('' picks by content); a
-- slide's own template is in its JSON.
ALTER TABLE playlists ADD COLUMN template TEXT NOT NULL DEFAULT '';

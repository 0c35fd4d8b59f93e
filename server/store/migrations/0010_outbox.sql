-- The outbox: every change screens must see is written here in the
-- transaction that makes it, and moved to the live feed from here, in id
-- order, with the id as the message id (server/outbox). AUTOINCREMENT: an
-- id is never reused, even after the rows before it were sent and deleted,
-- so a message id names one change forever.
CREATE TABLE outbox (
	id     INTEGER PRIMARY KEY AUTOINCREMENT,
	stream TEXT    NOT NULL,
	data   BLOB    NOT NULL
);

-- The store's id, made once: it prefixes the outbox's message ids (and, in
-- a chain, names the store). Existing data gets one here.
INSERT INTO settings (key, value, updated_at)
	VALUES ('store_id', lower(hex(randomblob(8))), CAST(strftime('%s', 'now') AS INTEGER) * 1000)
	ON CONFLICT (key) DO NOTHING;

-- A chain store's earns waiting for head office, which holds the chain's
-- ledger (server/points, Queue): a till's earn made while head office
-- cannot be reached is kept here with its idempotency key and sent when
-- the link returns. Refused is head office's reason when it would not
-- apply one (its code too old, its receipt id used for another earn);
-- such rows stay for staff to see.
CREATE TABLE point_queue (
	seq        INTEGER PRIMARY KEY,
	issuer     TEXT    NOT NULL,
	receipt_id TEXT    NOT NULL,
	body       TEXT    NOT NULL,
	scanned_at INTEGER NOT NULL,
	refused    TEXT    NOT NULL DEFAULT '',
	UNIQUE (issuer, receipt_id)
) STRICT;

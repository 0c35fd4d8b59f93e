-- What members spent at a partner merchant straight after an exchange
-- paid for it (server/points, SpendAtPartner): the partner's item, its
-- price in the partner's points, under the exchange's partner and key,
-- so the exchange and the spend are one request, applied once. Deleting
-- a membership blanks member_id, as it does the exchange's.
CREATE TABLE point_partner_spends (
	partner_id TEXT    NOT NULL,
	key        TEXT    NOT NULL,
	member_id  TEXT    NOT NULL,
	item       TEXT    NOT NULL,
	points     INTEGER NOT NULL CHECK (points > 0),
	at         INTEGER NOT NULL,
	PRIMARY KEY (partner_id, key),
	FOREIGN KEY (partner_id, key) REFERENCES point_transfers (partner_id, key)
) STRICT, WITHOUT ROWID;

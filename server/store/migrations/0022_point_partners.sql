-- Partner merchants whose points members exchange ours for and back
-- (server/points, Exchange). Rates are rationals so no exchange rounds
-- through a float: out is partner points per our point, in our points
-- per partner point; each side rounds down, so an exchange never makes
-- points. Caps are in our points per store day (0: none).
CREATE TABLE point_partners (
	id           TEXT    PRIMARY KEY,
	names        TEXT    NOT NULL, -- JSON, locale to name
	out_num      INTEGER NOT NULL CHECK (out_num > 0),
	out_den      INTEGER NOT NULL CHECK (out_den > 0),
	in_num       INTEGER NOT NULL CHECK (in_num > 0),
	in_den       INTEGER NOT NULL CHECK (in_den > 0),
	member_cap   INTEGER NOT NULL CHECK (member_cap >= 0),
	partner_cap  INTEGER NOT NULL CHECK (partner_cap >= 0),
	active       INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;

-- A member's points in a partner's ledger, as far as exchanges here
-- moved them; never below zero.
CREATE TABLE point_partner_balances (
	member_id  TEXT    NOT NULL REFERENCES point_members (id),
	partner_id TEXT    NOT NULL REFERENCES point_partners (id),
	balance    INTEGER NOT NULL CHECK (balance >= 0),
	PRIMARY KEY (member_id, partner_id)
) STRICT, WITHOUT ROWID;

-- One exchange: its entry in our ledger (a spend for out, an earn for
-- in, issuer 'partner:<id>', under the exchange's key) and what moved on
-- the partner's side. Day is the store's date, for caps and settlement.
-- Deleting a membership blanks member_id and entry, so settlement still
-- counts what moved.
CREATE TABLE point_transfers (
	seq        INTEGER PRIMARY KEY,
	member_id  TEXT    NOT NULL,
	partner_id TEXT    NOT NULL REFERENCES point_partners (id),
	direction  TEXT    NOT NULL CHECK (direction IN ('out', 'in')),
	asked      INTEGER NOT NULL CHECK (asked > 0),
	ours       INTEGER NOT NULL CHECK (ours > 0),
	theirs     INTEGER NOT NULL CHECK (theirs > 0),
	entry      INTEGER REFERENCES point_entries (seq),
	key        TEXT    NOT NULL,
	day        TEXT    NOT NULL,
	at         INTEGER NOT NULL,
	UNIQUE (partner_id, key)
) STRICT;
CREATE INDEX point_transfers_day ON point_transfers (partner_id, day, member_id);

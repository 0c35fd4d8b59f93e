-- The parity report over time: how many products' channel prices differed
-- from the price in store on each of the store's days (in its time zone,
-- as YYYY-MM-DD). A day's row is rewritten whenever parity is worked out
-- that day, so it holds the day's last count; a day with no row was not
-- seen (the server was off), which the chart shows as a gap, not a zero.
CREATE TABLE parity_days (
	day        TEXT    NOT NULL PRIMARY KEY,
	mismatches INTEGER NOT NULL CHECK (mismatches >= 0),
	at         INTEGER NOT NULL
) STRICT;

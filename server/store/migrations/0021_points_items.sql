-- The points catalogue: what a member can get for points at the kiosk.
-- Each item is a coupon campaign and its price; exchanging spends the
-- points in the ledger (server/points) and claims one of the campaign's
-- coupons, so the campaign's quantity and limits still hold.
CREATE TABLE point_items (
	id          TEXT    PRIMARY KEY,
	campaign_id TEXT    NOT NULL REFERENCES campaigns (id),
	price       INTEGER NOT NULL CHECK (price >= 1),
	created_at  INTEGER NOT NULL,
	updated_at  INTEGER NOT NULL
) STRICT;

-- Exchanges done at kiosks, by the kiosk's device and its exchange id: a
-- retried exchange answers the coupon it got the first time, and one
-- whose claim failed (its spend reversed) stays refunded. answer is the
-- exchange's JSON answer (rest.PointsExchanged) when done.
CREATE TABLE point_exchanges (
	issuer      TEXT    NOT NULL,
	exchange_id TEXT    NOT NULL,
	item_id     TEXT    NOT NULL,
	status      TEXT    NOT NULL CHECK (status IN ('done', 'refunded')),
	answer      TEXT    NOT NULL DEFAULT '',
	at          INTEGER NOT NULL,
	PRIMARY KEY (issuer, exchange_id)
) STRICT;

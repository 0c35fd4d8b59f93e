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

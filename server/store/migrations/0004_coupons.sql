-- Coupon campaigns and the coupons claimed from them. claimed counts
-- coupons issued, so a claim is one conditional UPDATE that can never go
-- past quantity. No personal data: a claim records only which screen (or
-- anonymous kiosk install) asked, for the per-device limit.
CREATE TABLE campaigns (
	id             TEXT    PRIMARY KEY,
	title          TEXT    NOT NULL CHECK (json_valid(title)),
	offer          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(offer)),
	quantity       INTEGER NOT NULL CHECK (quantity >= 0),
	claimed        INTEGER NOT NULL DEFAULT 0 CHECK (claimed <= quantity),
	per_device     INTEGER NOT NULL CHECK (per_device >= 1),
	window_minutes INTEGER NOT NULL CHECK (window_minutes >= 1),
	valid_from     INTEGER,
	valid_to       INTEGER,
	coupon_minutes INTEGER NOT NULL CHECK (coupon_minutes >= 1),
	groups         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(groups)),
	status         TEXT    NOT NULL CHECK (status IN ('draft', 'live', 'paused', 'ended')),
	created_at     INTEGER NOT NULL,
	updated_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE coupons (
	serial      INTEGER PRIMARY KEY,
	campaign_id TEXT    NOT NULL REFERENCES campaigns (id),
	device      TEXT    NOT NULL,
	issued_at   INTEGER NOT NULL,
	expires_at  INTEGER NOT NULL,
	status      TEXT    NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'redeemed', 'void')),
	redeemed_at INTEGER,
	redeemed_by TEXT
) STRICT;

CREATE INDEX coupons_by_device ON coupons (campaign_id, device, issued_at);
CREATE INDEX coupons_by_campaign ON coupons (campaign_id, status);

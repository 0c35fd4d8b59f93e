-- A chain of stores (docs/chain.md).

-- Where an item comes from: the store's own staff ('store'), or head
-- office ('hq'), which a store holds read-only. Existing items are the
-- store's.
ALTER TABLE promotions ADD COLUMN source TEXT NOT NULL DEFAULT 'store' CHECK (source IN ('store', 'hq'));
ALTER TABLE campaigns  ADD COLUMN source TEXT NOT NULL DEFAULT 'store' CHECK (source IN ('store', 'hq'));
ALTER TABLE playlists  ADD COLUMN source TEXT NOT NULL DEFAULT 'store' CHECK (source IN ('store', 'hq'));
ALTER TABLE schedules  ADD COLUMN source TEXT NOT NULL DEFAULT 'store' CHECK (source IN ('store', 'hq'));
ALTER TABLE overrides  ADD COLUMN source TEXT NOT NULL DEFAULT 'store' CHECK (source IN ('store', 'hq'));

-- chain_applying holds its one row only inside the transaction that
-- applies head office's changes (store.ApplyHQ), so the triggers below
-- let that transaction, and nothing else, change or delete head office's
-- items: not the API, not a console, not a command on the machine.
CREATE TABLE chain_applying (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

CREATE TRIGGER promotions_hq_update BEFORE UPDATE ON promotions
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER promotions_hq_delete BEFORE DELETE ON promotions
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER campaigns_hq_update BEFORE UPDATE ON campaigns
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER campaigns_hq_delete BEFORE DELETE ON campaigns
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER playlists_hq_update BEFORE UPDATE ON playlists
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER playlists_hq_delete BEFORE DELETE ON playlists
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER schedules_hq_update BEFORE UPDATE ON schedules
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER schedules_hq_delete BEFORE DELETE ON schedules
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER overrides_hq_update BEFORE UPDATE ON overrides
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;
CREATE TRIGGER overrides_hq_delete BEFORE DELETE ON overrides
	WHEN OLD.source = 'hq' AND NOT EXISTS (SELECT 1 FROM chain_applying)
	BEGIN SELECT RAISE(ABORT, 'storecast: a head office item'); END;

-- How far the messages of each origin are applied, written in the
-- transaction that applies them: in a store, head office's outbox row;
-- at head office, each store's. A message at or below it came again and
-- is skipped.
CREATE TABLE chain_applied (
	origin TEXT    PRIMARY KEY,
	last   INTEGER NOT NULL
) STRICT;

-- At head office: which stores an item goes to. Both lists empty: every
-- store. kind is promotion, campaign, playlist, schedule or override.
CREATE TABLE chain_targets (
	kind    TEXT NOT NULL,
	id      TEXT NOT NULL,
	regions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(regions)),
	stores  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(stores)),
	PRIMARY KEY (kind, id)
) STRICT;

-- At head office: the chain's stores, as their hellos and heartbeats
-- describe them.
CREATE TABLE chain_stores (
	id             TEXT    PRIMARY KEY,
	name           TEXT    NOT NULL DEFAULT '',
	region         TEXT    NOT NULL DEFAULT '',
	version        TEXT    NOT NULL DEFAULT '',
	screens_online INTEGER NOT NULL DEFAULT 0,
	app_versions   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(app_versions)),
	first_seen     INTEGER NOT NULL,
	last_seen      INTEGER NOT NULL
) STRICT;

-- At head office: what each store did per day (the store's date): plays,
-- claims, redemptions, staff calls.
CREATE TABLE chain_counts (
	store TEXT    NOT NULL,
	day   TEXT    NOT NULL,
	kind  TEXT    NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (store, day, kind)
) STRICT;

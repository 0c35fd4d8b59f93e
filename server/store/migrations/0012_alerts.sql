-- Where alerts go. A webhook's secret signs what it sends (or, for a
-- DingTalk robot, its URL), so it is kept as given; the API never sends
-- it back, and a robot's URL, which holds its key, only with its query
-- values hidden.
CREATE TABLE alert_webhooks (
	id         TEXT    PRIMARY KEY,
	name       TEXT    NOT NULL,
	kind       TEXT    NOT NULL,
	url        TEXT    NOT NULL,
	secret     TEXT    NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL
);

-- One row per attempt to deliver an alert, the newest few thousand kept
-- (server/store/alert_delivery.go). No foreign key: the log outlives a
-- webhook removed.
CREATE TABLE alert_deliveries (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	webhook    TEXT    NOT NULL,
	rule       TEXT    NOT NULL,
	subject    TEXT    NOT NULL,
	attempt    INTEGER NOT NULL,
	outcome    TEXT    NOT NULL,
	status     INTEGER NOT NULL DEFAULT 0,
	error      TEXT    NOT NULL DEFAULT '',
	ms         INTEGER NOT NULL,
	at         INTEGER NOT NULL
);

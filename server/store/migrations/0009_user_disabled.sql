-- A disabled staff account keeps its name, role and history but cannot
-- sign in, and its sessions and API tokens stop working until it is
-- enabled again. NULL: enabled; otherwise when it was disabled, Unix
-- milliseconds, UTC.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;

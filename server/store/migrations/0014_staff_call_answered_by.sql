-- Who took a call for staff, so every console can say "taken by Li" and a
-- second member of staff does not walk to the same kiosk. Empty for calls
-- taken before this column existed.
ALTER TABLE staff_calls ADD COLUMN answered_by TEXT NOT NULL DEFAULT '';

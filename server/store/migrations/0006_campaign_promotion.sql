-- A campaign may belong to a promotion (its id, or '' for none): a kiosk
-- shows "Get coupon" on that offer's page. Not a foreign key: deleting a
-- promotion leaves the campaign, which then simply has no offer page.
ALTER TABLE campaigns ADD COLUMN promotion TEXT NOT NULL DEFAULT '';

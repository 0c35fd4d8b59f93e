-- Reserved for a migration of another branch of this round, merged
-- before this one; this placeholder goes when that branch is merged.
SELECT 1;

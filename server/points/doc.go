// Package points owns a store's members and their points (积分): who a
// member is, the code their phone shows, the ledger of what they earned
// and spent, and the earning rules.
//
// Privacy first. A member is the HMAC-SHA256 (under DATA/points-secret,
// truncated to 128 bits) of their normalised phone number, or a random
// id when they give none, and the consent notice version, locale and
// time they agreed to it (notices/N/LOCALE.txt). Nothing else about the
// person is stored: no number, no name, no basket. Deleting a membership
// deletes the member row and every entry, lot and draw of theirs, and
// adds what the entries summed to, by kind, to point_retired, so the
// store's totals survive without the person; the audit log never names
// a member.
//
// Member codes (member_code.go) are bound to 30-second steps and carry
// the member id masked, so a screenshot is void after a minute at most
// and codes of one member cannot be linked by whoever sees them.
//
// The ledger is append-only: earn, spend, expire and reverse entries,
// each with an idempotency key unique per issuer and kind (a till's
// receipt id; the issuer is the caller), so a retried request is applied
// once. A correction is a reverse entry naming the entry it reverses,
// once. Points live in lots, one per earn with its expiry; spends take
// from the lot that expires first and record each draw, so a reversed
// spend gives each lot back what it took. Only deleting a membership
// removes entries.
//
// Consistency. Every write is one transaction on the store's one writer
// connection (server/store), begun IMMEDIATE, so a check and the write
// it allows are never interleaved with another request's: a spend's
// balance check is the UPDATE that moves the balance (WHERE balance + n
// >= 0), and CHECK (balance >= 0) and CHECK (remaining >= 0) in the
// schema stand behind it. The invariant, which `storecast points
// verify` (Verify) checks, is: for every member, balance = sum of their
// entries' points = sum of their lots' remaining, and every lot holds 0
// to what it earned. Due lots are expired by the job (RunExpiry) and,
// before a spend or reversal, for that member in the same transaction.
//
// Exchange moves a member's points to a partner merchant's ledger and
// back (partner.go, exchange.go): our side is a spend or an earn under
// the issuer "partner:<id>", the partner's side a balance per member and
// partner, and point_transfers ties the two under one key. Each rate is
// a rational that rounds down, so no exchange makes points; daily caps
// count in the store's zone. Verify also checks that every exchange's
// entry moved its points and every partner balance sums its exchanges;
// Settlement says what each side owes per day. SpendAtPartner spends a
// member's points on a partner's item: an exchange out and the spend of
// its proceeds there, one transaction under one key.
//
// In a chain the ledger is head office's: server/chain carries a store's
// calls to it (the same Join, Earn, Spend, Reverse, Member, History,
// Export, Delete), with the store's id before the issuer; an earn head
// office does not answer waits in the store's Queue and reaches it later
// through EarnScanned. Tills, kiosks and the console call the REST API in
// server/api.
package points

package rest

import "time"

// The points API (/api/v1/points/…): members, their ledger and the
// earning rules. A member is known to tills by the member code their
// phone shows, never by phone number.

// Kinds of ledger entry.
const (
	PointsEarn    = "earn"
	PointsSpend   = "spend"
	PointsExpire  = "expire"
	PointsReverse = "reverse"
)

// PointsConsent is GET /points/consent: the notice a shopper agrees to
// by joining, in one locale, and its version.
type PointsConsent struct {
	Version int    `json:"version"`
	Locale  string `json:"locale"`
	Text    string `json:"text"`
}

// PointsJoin is POST /points/members. Phone is optional: without it the
// member has a random id and only their member code finds them.
type PointsJoin struct {
	Phone          string `json:"phone,omitempty"`
	ConsentVersion int    `json:"consent_version"`
	ConsentLocale  string `json:"consent_locale"`
}

// PointsMember is a member as tills see them: their balance, and their
// member code now (to show again as a QR code).
type PointsMember struct {
	ID             string    `json:"id"`
	ByPhone        bool      `json:"by_phone"`
	ConsentVersion int       `json:"consent_version"`
	ConsentLocale  string    `json:"consent_locale"`
	ConsentedAt    time.Time `json:"consented_at"`
	Balance        int64     `json:"balance"`
	// Expiring is how much of Balance expires within ExpiringDays
	// (0 in answers other than GET /points/members/{code}).
	Expiring      int64     `json:"expiring"`
	Code          string    `json:"code"`
	CodeExpiresAt time.Time `json:"code_expires_at"`
	// Card is in the answer to joining only: the phone keeps it and
	// trades it for its member code (POST /points/card/code).
	Card string `json:"card,omitempty"`
}

// ExpiringDays is how far ahead PointsMember.Expiring looks.
const ExpiringDays = 30

// PointsCard is POST /points/card/code: a member's card, as their phone
// keeps it.
type PointsCard struct {
	Card string `json:"card"`
}

// PointsCode is a member's code now, for their phone to show as a QR
// code until CodeExpiresAt.
type PointsCode struct {
	Code          string    `json:"code"`
	CodeExpiresAt time.Time `json:"code_expires_at"`
	// Balance is the member's points now, for their phone to show.
	Balance int64 `json:"balance"`
}

// PointsSelfJoin is POST /points/join: a shopper joins on their own
// phone, without a phone number (a number is asked only at a till, where
// staff see who gives it), so nobody can learn from it which numbers are
// members.
type PointsSelfJoin struct {
	ConsentVersion int    `json:"consent_version"`
	ConsentLocale  string `json:"consent_locale"`
}

// PointsCardEntries is POST /points/card/entries: a member's phone asks
// for its entries (Before as in GET /points/members/{code}/entries).
type PointsCardEntries struct {
	Card   string `json:"card"`
	Before int64  `json:"before,omitempty"`
}

// PointsLine is one category's share of a receipt, in fen.
type PointsLine struct {
	Category  string `json:"category"`
	AmountFen int64  `json:"amount_fen"`
}

// PointsEarnInput is POST /points/earns: a receipt earns points by the
// rules. Lines need not cover the whole amount: the rest earns the base
// rate. Campaign names one of the rules' campaigns the till applies.
type PointsEarnInput struct {
	MemberCode string       `json:"member_code"`
	ReceiptID  string       `json:"receipt_id"`
	AmountFen  int64        `json:"amount_fen"`
	Lines      []PointsLine `json:"lines,omitempty"`
	Campaign   string       `json:"campaign,omitempty"`
}

// PointsSpendInput is POST /points/spends.
type PointsSpendInput struct {
	MemberCode string `json:"member_code"`
	ReceiptID  string `json:"receipt_id"`
	Points     int64  `json:"points"`
}

// PointsReverseInput is POST /points/reversals: it reverses the caller's
// earn or spend of receipt ReceiptID; ReversalID is the refund's own id,
// so a retried reversal is applied once.
type PointsReverseInput struct {
	Kind       string `json:"kind"`
	ReceiptID  string `json:"receipt_id"`
	ReversalID string `json:"reversal_id"`
}

// PointsEntry is one ledger entry. Points are signed: an earn adds, a
// spend or expiry takes away, a reversal does the opposite of its entry.
type PointsEntry struct {
	Seq       int64     `json:"seq"`
	Kind      string    `json:"kind"`
	Points    int64     `json:"points"`
	Issuer    string    `json:"issuer"`
	Key       string    `json:"key"`
	Reverses  int64     `json:"reverses,omitempty"`
	AmountFen int64     `json:"amount_fen,omitempty"`
	At        time.Time `json:"at"`
}

// PointsPosted answers an earn, spend or reversal: the entry and the
// balance after it. Replayed says the key had been used for this request
// before, and this is that first answer's entry: nothing was added.
type PointsPosted struct {
	Entry    PointsEntry `json:"entry"`
	Balance  int64       `json:"balance"`
	Replayed bool        `json:"replayed"`
	// Queued: a chain store's earn that waits for head office (answered
	// 202); Entry says what was asked and Balance is not known yet.
	Queued bool `json:"queued,omitempty"`
}

// PointsHistory is GET /points/members/{code}/entries: newest first;
// Next is the before= of the next page, 0 on the last.
type PointsHistory struct {
	Entries []PointsEntry `json:"entries"`
	Next    int64         `json:"next,omitempty"`
}

// PointsExport is a member's copy of everything stored about them.
type PointsExport struct {
	Member  PointsMember  `json:"member"`
	Entries []PointsEntry `json:"entries"`
}

// PointsRules are the earning rules (GET and PUT /points/rules).
// Multipliers are percentages: 100 is ×1, 200 doubles.
type PointsRules struct {
	PointsPerYuan int              `json:"points_per_yuan"`
	Categories    map[string]int   `json:"categories,omitempty"`
	Campaigns     []PointsCampaign `json:"campaigns,omitempty"`
	CapPerReceipt int64            `json:"cap_per_receipt,omitempty"`
	ExpiryDays    int              `json:"expiry_days"`
}

// PointsCampaign multiplies a receipt's points while it runs.
type PointsCampaign struct {
	ID      string    `json:"id"`
	Percent int       `json:"percent"`
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
}

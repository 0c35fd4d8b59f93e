package rest

// Directions of an exchange with a partner merchant.
const (
	ExchangeOut = "out" // our points into the partner's
	ExchangeIn  = "in"  // the partner's points into ours
)

// Rate is a rational exchange rate, Num/Den, so no exchange rounds
// through a float.
type Rate struct {
	Num int64 `json:"num"`
	Den int64 `json:"den"`
}

// PointsPartner is a partner merchant whose points members exchange
// ours for and back. Out is partner points per our point, In our points
// per partner point; each rounds down. Caps are our points per store
// day, 0 for none.
type PointsPartner struct {
	ID         string            `json:"id"`
	Names      map[string]string `json:"names"`
	Out        Rate              `json:"out"`
	In         Rate              `json:"in"`
	MemberCap  int64             `json:"member_cap"`
	PartnerCap int64             `json:"partner_cap"`
	Active     bool              `json:"active"`
}

// PartnerExchangeInput asks to move Points (in the giving side's points)
// between our ledger and Partner's, once per partner and Key.
type PartnerExchangeInput struct {
	MemberCode string `json:"member_code"`
	Partner    string `json:"partner"`
	Direction  string `json:"direction"`
	Points     int64  `json:"points"`
	Key        string `json:"key"`
}

// PartnerExchanged answers an exchange: what left one ledger and reached
// the other, and the member's balances after it. Replayed: the key had
// been used for this request before and nothing moved again.
type PartnerExchanged struct {
	Entry          PointsEntry `json:"entry"`
	Ours           int64       `json:"ours"`
	Theirs         int64       `json:"theirs"`
	Balance        int64       `json:"balance"`
	PartnerBalance int64       `json:"partner_balance"`
	Replayed       bool        `json:"replayed"`
}

// PointsSettlement is one store day's exchanges with one partner: our
// points that went out to it and came in from it, and what we owe it
// net (negative: it owes us), in our points and in fen at the
// configured value of one of our points.
type PointsSettlement struct {
	Day        string `json:"day"`
	Partner    string `json:"partner"`
	OutOurs    int64  `json:"out_ours"`
	OutTheirs  int64  `json:"out_theirs"`
	InOurs     int64  `json:"in_ours"`
	InTheirs   int64  `json:"in_theirs"`
	OwedPoints int64  `json:"owed_points"`
	OwedFen    int64  `json:"owed_fen"`
}

// PointsPartners is GET /points/partners: every partner merchant, active
// or not, by id.
type PointsPartners struct {
	Partners []PointsPartner `json:"partners"`
}

// PartnerSpendInput is POST /points/partner-spends: a member spends our
// points on a partner's item or coupon. Item is the partner's id for it
// and Price its price in the partner's points; as many of our points as
// the out rate needs go out and Price is spent there, once per partner
// and Key.
type PartnerSpendInput struct {
	MemberCode string `json:"member_code"`
	Partner    string `json:"partner"`
	Item       string `json:"item"`
	Price      int64  `json:"price"`
	Key        string `json:"key"`
}

// PartnerSpent answers a partner spend: the exchange that paid for it
// (PartnerBalance after the spend) and the item and price spent, which
// the partner honours under Key.
type PartnerSpent struct {
	PartnerExchanged
	Item  string `json:"item"`
	Price int64  `json:"price"`
}

// PointsSettlements is GET /points/settlement: each store day's
// exchanges with each partner from From to To, with one of our points
// valued at FenPerPoint.
type PointsSettlements struct {
	From        string             `json:"from"`
	To          string             `json:"to"`
	FenPerPoint int64              `json:"fen_per_point"`
	Days        []PointsSettlement `json:"days"`
}

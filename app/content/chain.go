package content

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// The messages between a store and head office in a chain of stores
// (docs/architecture.md, "A chain of stores"). They travel on NATS between servers, never to a screen;
// they live here because a wire shape has one Go type, and the server
// declares none.

// Targets says which stores of a chain an item of head office's goes to:
// every store of Regions and every store listed in Stores. Both empty:
// every store.
type Targets struct {
	Regions []string `json:"regions,omitempty"`
	Stores  []string `json:"stores,omitempty"`
}

// MaxTargets bounds each list of Targets.
const MaxTargets = 1000

// Includes reports whether the store id, in region, is targeted.
func (t Targets) Includes(id, region string) bool {
	if len(t.Regions) == 0 && len(t.Stores) == 0 {
		return true
	}
	return slices.Contains(t.Stores, id) || region != "" && slices.Contains(t.Regions, region)
}

// Validate checks targets as head office's staff wrote them.
func (t Targets) Validate() error {
	for field, list := range map[string][]string{"targets.regions": t.Regions, "targets.stores": t.Stores} {
		if len(list) > MaxTargets {
			return &FieldError{field, fmt.Sprintf("at most %d", MaxTargets)}
		}
		for _, s := range list {
			if s == "" || len(s) > 64 {
				return &FieldError{field, "names are 1 to 64 characters"}
			}
		}
	}
	return nil
}

// ChainItem is one change of head office's content as the stores receive
// it: the event screens get, and the stores it is for.
type ChainItem struct {
	Targets Targets `json:"targets"`
	Event   Event   `json:"event"`
}

// What a store reports to head office (UpEvent.Kind).
const (
	UpPlay      = "play"       // slides shown (proof of play)
	UpClaim     = "claim"      // coupons claimed
	UpRedeem    = "redeem"     // coupons redeemed
	UpStaffCall = "staff_call" // calls for staff from kiosks
)

// UpEvent is what a store tells head office it did: N of Kind on Day (the
// store's date, YYYY-MM-DD).
type UpEvent struct {
	Kind string `json:"kind"`
	Day  string `json:"day"`
	N    int    `json:"n"`
}

// StoreHello is how a store announces itself to head office (a request on
// chain.hello) and, every half minute, that it is alive (a heartbeat).
type StoreHello struct {
	ID            string         `json:"id"`
	Name          string         `json:"name,omitempty"`
	Region        string         `json:"region,omitempty"`
	Version       string         `json:"version,omitempty"` // the store's storecast
	ScreensOnline int            `json:"screens_online"`
	AppVersions   map[string]int `json:"app_versions,omitempty"` // screens' app versions: how many run each
}

// HQWelcome answers a hello: head office's id, and that the store's uplink
// is being read.
type HQWelcome struct {
	HQ string `json:"hq"`
}

// ChainClaim asks head office for a coupon of a chain campaign
// (chain.coupon.claim).
type ChainClaim struct {
	Store    string `json:"store"`
	Campaign string `json:"campaign"`
	Device   string `json:"device"` // "screen:<id>" or "install:<id>", within the store
}

// ChainRedeem redeems a chain coupon at a store's till
// (chain.coupon.redeem).
type ChainRedeem struct {
	Store   string `json:"store"`
	Code    string `json:"code"`
	Cashier string `json:"cashier"`
}

// ChainCouponQuery asks for a chain coupon as it stands
// (chain.coupon.get): a phone showing it at a store.
type ChainCouponQuery struct {
	Code string `json:"code"`
}

// ChainCouponReply answers the three. Refused names why when nothing was
// done: not_found, ended, not_claimable, sold_out, device_limit, invalid.
type ChainCouponReply struct {
	Coupon   *Coupon `json:"coupon,omitempty"`
	Redeemed bool    `json:"redeemed,omitempty"`
	Refused  string  `json:"refused,omitempty"`
}

// ChainPointsAsk is a store's request on head office's ledger of points
// (chain.points.<operation>). Issuer is the store's caller (a till's
// user or token), which head office prefixes with the store's id so two
// stores' receipt ids never collide.
type ChainPointsAsk struct {
	Store   string          `json:"store"`
	Issuer  string          `json:"issuer,omitempty"`
	Actor   string          `json:"actor,omitempty"`
	Code    string          `json:"code,omitempty"`
	Before  int64           `json:"before,omitempty"`
	Limit   int             `json:"limit,omitempty"`
	Scanned time.Time       `json:"scanned,omitzero"` // a queued earn's
	Body    json.RawMessage `json:"body,omitempty"`
}

// ChainSettlementAsk is the body of a store's settlement request: the
// days from and to (YYYY-MM-DD, inclusive) and what one point is worth.
type ChainSettlementAsk struct {
	From        string `json:"from"`
	To          string `json:"to"`
	FenPerPoint int64  `json:"fen_per_point"`
}

// ChainPointsAnswer is head office's answer: Body, or a refusal the store's
// API words as the standalone ledger's (Refused names one of
// server/chain's refusals: no_member, already_member, insufficient,
// key_reused, no_entry, reversed, bad_code, bad_card, bad_phone, consent,
// no_campaign, rules_at_hq, no_partner, over_cap, too_few,
// partners_at_hq; Field and Message are a *FieldError's).
type ChainPointsAnswer struct {
	Refused string          `json:"refused,omitempty"`
	Field   string          `json:"field,omitempty"`
	Message string          `json:"message,omitempty"`
	Body    json.RawMessage `json:"body,omitempty"`
}

package rest

import "time"

// Alert rules, as alerts and their deliveries name them.
const (
	RuleScreenOffline = "screen_offline" // a screen offline while the store is open
	RuleScreenHealth  = "screen_health"  // a screen failing its media or short of memory
	RuleStaffCall     = "staff_call"     // a call for staff nobody took
	RuleCouponStock   = "coupon_stock"   // a live campaign nearly out of coupons
	RuleDisk          = "disk"           // the data directory's disk nearly full
	RulePriceParity   = "price_parity"   // products priced differently online or for delivery than in store
	RuleTest          = "test"           // the console's "send test"
)

// AlertRules is what an admin sets for alerts (GET, PUT /alerts/rules).
// Every alert is muted outside Hours, and a screen is expected on only
// within them.
type AlertRules struct {
	Hours         StoreHours  `json:"hours"`
	ScreenOffline MinutesRule `json:"screen_offline"`
	ScreenHealth  HealthRule  `json:"screen_health"`
	StaffCall     MinutesRule `json:"staff_call"`
	CouponStock   PercentRule `json:"coupon_stock"`
	Disk          PercentRule `json:"disk"`
	// PriceParity fires when products' online or delivery prices have
	// differed from their price in store for Minutes.
	PriceParity MinutesRule `json:"price_parity"`
}

// StoreHours are when the store is open, in its time zone: Open to Close
// (HH:MM; a Close at or before Open runs past midnight) on Weekdays (0
// Sunday … 6 Saturday; empty: every day).
type StoreHours struct {
	Open     string `json:"open"`
	Close    string `json:"close"`
	Weekdays []int  `json:"weekdays,omitempty"`
}

// MinutesRule fires when something lasts longer than Minutes.
type MinutesRule struct {
	On      bool `json:"on"`
	Minutes int  `json:"minutes"`
}

// HealthRule fires for a screen whose health report (content.Health)
// holds MediaFailures media errors or more among its last errors, or
// whose memory (Health.Memory) is MemoryMB MiB or more.
type HealthRule struct {
	On            bool `json:"on"`
	MediaFailures int  `json:"media_failures"`
	MemoryMB      int  `json:"memory_mb"`
}

// PercentRule fires when what is left falls to Percent or below.
type PercentRule struct {
	On      bool `json:"on"`
	Percent int  `json:"percent"`
}

// Webhook kinds: the body each receiver understands.
const (
	WebhookGeneric  = "generic"  // JSON signed with HMAC-SHA256
	WebhookWeCom    = "wecom"    // a WeCom (企业微信) group robot
	WebhookDingTalk = "dingtalk" // a DingTalk (钉钉) group robot
)

// Webhook is where alerts go (GET /alerts/webhooks). URL hides its query
// values and Secret is never sent back: robots' URLs carry their key.
type Webhook struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Kind      string    `json:"kind"`
	URL       string    `json:"url"`
	Signed    bool      `json:"signed"` // it has a secret
	CreatedAt time.Time `json:"created_at"`
}

// WebhookInput adds a webhook (POST /alerts/webhooks). Secret signs a
// generic webhook's body (required) or a DingTalk robot's URL (optional,
// the robot's "SEC…" secret); a WeCom robot takes none.
type WebhookInput struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	URL    string `json:"url"`
	Secret string `json:"secret,omitempty"`
}

// WebhookList is GET /alerts/webhooks.
type WebhookList struct {
	Webhooks []Webhook `json:"webhooks"`
}

// Delivery outcomes.
const (
	DeliveryDelivered = "delivered" // the receiver took it
	DeliveryRetrying  = "retrying"  // this attempt failed; another follows
	DeliveryFailed    = "failed"    // the last attempt failed, or retrying cannot help
)

// Delivery is one attempt to deliver an alert to a webhook, as the
// delivery log keeps it (GET /alerts/deliveries, POST
// /alerts/webhooks/{id}/test).
type Delivery struct {
	ID      string    `json:"id"`
	Webhook string    `json:"webhook"`
	Rule    string    `json:"rule"`
	Subject string    `json:"subject"` // what the alert is about: a screen's name, a campaign's title
	Attempt int       `json:"attempt"` // 1 for the first
	Outcome string    `json:"outcome"`
	Status  int       `json:"status,omitempty"` // the HTTP status, when there was an answer
	Error   string    `json:"error,omitempty"`
	Millis  int       `json:"ms"`
	At      time.Time `json:"at"`
}

// DeliveryList is GET /alerts/deliveries, newest first.
type DeliveryList struct {
	Deliveries []Delivery `json:"deliveries"`
}

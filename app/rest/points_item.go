package rest

import "storecast/app/content"

// PointsItem is one item of the points catalogue: a coupon campaign a
// member gets for Price points at the kiosk. Title is the campaign's.
type PointsItem struct {
	ID       string       `json:"id"`
	Campaign string       `json:"campaign"`
	Title    content.Text `json:"title"`
	Price    int64        `json:"price"`
}

// PointsItemInput is POST /points/items and PUT /points/items/{id}.
type PointsItemInput struct {
	Campaign string `json:"campaign"`
	Price    int64  `json:"price"`
}

// PointsItems is GET /points/items.
type PointsItems struct {
	Items []PointsItem `json:"items"`
}

// KioskMember is GET /kiosk/points/members/{code}: what the kiosk shows
// a member who linked their code: their balance, the points that expire
// within ExpiringDays, and the catalogue (each item marked whether the
// balance covers it).
type KioskMember struct {
	Balance      int64             `json:"balance"`
	Expiring     int64             `json:"expiring"`
	ExpiringDays int               `json:"expiring_days"`
	Items        []KioskPointsItem `json:"items"`
}

// KioskPointsItem is a catalogue item as a member sees it.
type KioskPointsItem struct {
	PointsItem
	Affordable bool `json:"affordable"`
}

// PointsExchangeInput is POST /kiosk/points/exchanges: spend a member's
// points on an item. ExchangeID is the kiosk's id for this exchange, so a
// retry is applied once; Install names an unpaired kiosk, as in a claim.
type PointsExchangeInput struct {
	MemberCode string `json:"member_code"`
	Item       string `json:"item"`
	ExchangeID string `json:"exchange_id"`
	Install    string `json:"install,omitempty"`
}

// PointsExchanged answers an exchange: the coupon claimed (shown as any
// claimed coupon is) and the balance after the spend.
type PointsExchanged struct {
	Claimed
	Balance int64 `json:"balance"`
}

package rest

import "time"

// EnrolmentLink is a one-time link that pairs the first screen to open it
// with a name, kind and groups chosen in advance. The link itself is only
// in the answer that made it (LinkCreated).
type EnrolmentLink struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Kind      string     `json:"kind"`
	Groups    []string   `json:"groups"`
	CreatedAt time.Time  `json:"created_at"`
	CreatedBy string     `json:"created_by"`
	ExpiresAt time.Time  `json:"expires_at"`
	UsedAt    *time.Time `json:"used_at,omitempty"`
	ScreenID  string     `json:"screen_id,omitempty"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// LinkList is GET /enrolment-links: the links not yet used, revoked or
// expired.
type LinkList struct {
	Links []EnrolmentLink `json:"links"`
}

// LinkInput makes an enrolment link valid for Hours (0: the server's
// default).
type LinkInput struct {
	Name   string   `json:"name"`
	Kind   string   `json:"kind"`
	Groups []string `json:"groups"`
	Hours  int      `json:"hours"`
}

// LinkCreated is the new link with its URL and QR code. QRPNG is the PNG
// in base64, ready for a data: URL.
type LinkCreated struct {
	Link  EnrolmentLink `json:"link"`
	URL   string        `json:"url"`
	QRPNG string        `json:"qr_png"`
}

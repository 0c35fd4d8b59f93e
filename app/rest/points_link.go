package rest

import "time"

// KioskLinkInput is POST /kiosk/points/links: the kiosk asking for a
// link its shopper's phone can confirm (a paired kiosk sends its device
// token instead of the install id).
type KioskLinkInput struct {
	Install string `json:"install,omitempty"`
}

// KioskLink is a link session: the kiosk shows QR (a PNG of URL, the
// member page's /m/link/{id}) until ExpiresAt and asks GET
// /kiosk/points/links/{id} whether a phone confirmed it.
type KioskLink struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	QR        string    `json:"qr"`
	ExpiresAt time.Time `json:"expires_at"`
}

// KioskLinkState is GET /kiosk/points/links/{id}: whether a phone has
// confirmed the link yet and, once it has, its member's code for the
// kiosk to look up as if it had been typed.
type KioskLinkState struct {
	Linked     bool   `json:"linked"`
	MemberCode string `json:"member_code,omitempty"`
}

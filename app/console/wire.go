package console

import (
	"time"

	"storecast/app/content"
)

// Staff roles, as the server names them.
const (
	RoleAdmin   = "admin"
	RoleEditor  = "editor"
	RoleCashier = "cashier"
)

// Me is the signed-in staff member (GET /api/v1/auth/me).
type Me struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	Role     string `json:"role"`
	CSRF     string `json:"csrf"`
}

// User is a staff account.
type User struct {
	ID        string    `json:"id"`
	Username  string    `json:"username"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

// Token is an API token; its secret is only in the answer that created it.
type Token struct {
	ID        string     `json:"id"`
	UserID    string     `json:"user_id"`
	Name      string     `json:"name"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at"`
}

// Screen is one paired screen in the fleet view.
type Screen struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Kind       string         `json:"kind"`
	Groups     []string       `json:"groups"`
	LastSeen   *time.Time     `json:"last_seen"`
	AppVersion string         `json:"app_version"`
	RevokedAt  *time.Time     `json:"revoked_at"`
	Online     bool           `json:"online"`
	Since      *time.Time     `json:"online_since"`
	Status     content.Status `json:"status"`
}

// Fleet is every paired screen now, and how many others are connected.
type Fleet struct {
	Screens   []Screen `json:"screens"`
	Anonymous int      `json:"anonymous"`
	Waiting   int      `json:"waiting"`
}

// ScreenInput pairs or changes a screen.
type ScreenInput struct {
	Code   string   `json:"code,omitempty"`
	Name   string   `json:"name"`
	Kind   string   `json:"kind,omitempty"`
	Groups []string `json:"groups"`
}

// PromotionInput is what the console sends to create or replace a
// promotion.
type PromotionInput struct {
	Title     content.Text `json:"title"`
	Body      content.Text `json:"body,omitempty"`
	Image     string       `json:"image,omitempty"`
	Price     int64        `json:"price"`
	WasPrice  int64        `json:"was_price,omitempty"`
	ValidFrom *time.Time   `json:"valid_from,omitempty"`
	ValidTo   *time.Time   `json:"valid_to,omitempty"`
	Priority  int          `json:"priority"`
	Category  string       `json:"category,omitempty"`
	Groups    []string     `json:"groups,omitempty"` // none: every screen
}

// OverrideInput pushes an override for Minutes from now.
type OverrideInput struct {
	Message  content.Text `json:"message"`
	Severity string       `json:"severity"`
	Groups   []string     `json:"groups,omitempty"`
	Minutes  int          `json:"minutes"`
}

// AuditEntry is one staff change.
type AuditEntry struct {
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Target string    `json:"target"`
	Detail string    `json:"detail"`
}

package rest

import "time"

// Staff roles.
const (
	RoleAdmin   = "admin"
	RoleEditor  = "editor"
	RoleCashier = "cashier"
)

// Credentials sign a staff member in (POST /auth/login).
type Credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// Me is who is signed in (GET /auth/me, and the answer to a sign-in). Via
// says how: "session", "token" (an API token) or "admin-token" (the setup
// token). CSRF goes with every change a session makes; Expires is set only
// by a sign-in.
type Me struct {
	ID       string    `json:"id,omitempty"`
	Username string    `json:"username"`
	Role     string    `json:"role"`
	Via      string    `json:"via"`
	CSRF     string    `json:"csrf,omitempty"`
	Expires  time.Time `json:"expires,omitzero"`
	// The store's time zone and its rules: the console shows every time
	// on the store's clock, whatever the device's is set to.
	TimeZone string `json:"time_zone,omitempty"`
	ZoneData []byte `json:"zone_data,omitempty"`
}

// SetupStatus says whether the first admin must still be created
// (GET /auth/setup).
type SetupStatus struct {
	NeedsSetup bool `json:"needs_setup"`
}

// Setup creates the first admin, proven by the data directory's setup
// token (POST /auth/setup).
type Setup struct {
	Token string `json:"token"`
	Credentials
}

// PasswordChange is POST /auth/password. A change ends every session of
// the user; RevokeTokens revokes their API tokens too (they survive it
// otherwise, so scripts keep running after a routine change).
type PasswordChange struct {
	Current      string `json:"current"`
	New          string `json:"new"`
	RevokeTokens bool   `json:"revoke_tokens,omitempty"`
}

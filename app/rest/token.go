package rest

import "time"

// Token is an API token for automation; its secret is only in the answer
// that created it.
type Token struct {
	ID        string     `json:"id"`
	UserID    string     `json:"user_id"`
	Name      string     `json:"name"`
	Scope     string     `json:"scope,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// TokenList is GET /tokens.
type TokenList struct {
	Tokens []Token `json:"tokens"`
}

// TokenInput names a new token (POST /tokens). A Scope limits it to that
// scope's routes, whatever its owner's role: a till's points token
// cannot edit promotions.
type TokenInput struct {
	Name  string `json:"name"`
	Scope string `json:"scope,omitempty"`
}

// ScopePoints is the scope of the points API (/api/v1/points/…), for
// point-of-sale systems.
const ScopePoints = "points"

// TokenCreated is the new token and its secret, shown this once.
type TokenCreated struct {
	Secret string `json:"secret"`
	Token  Token  `json:"token"`
}

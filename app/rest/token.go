package rest

import "time"

// Token is an API token for automation; its secret is only in the answer
// that created it.
type Token struct {
	ID        string     `json:"id"`
	UserID    string     `json:"user_id"`
	Name      string     `json:"name"`
	Scopes    []string   `json:"scopes,omitempty"` // none: acts as its owner everywhere
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// TokenList is GET /tokens.
type TokenList struct {
	Tokens []Token `json:"tokens"`
}

// TokenInput names a new token (POST /tokens).
type TokenInput struct {
	Name   string   `json:"name"`
	Scopes []string `json:"scopes,omitempty"` // limit it to these (Scopes)
}

// ScopePoints is the scope of the points API (/api/v1/points/…), for
// point-of-sale systems: a till's token with it reaches nothing else,
// whatever more its owner's role allows.
const ScopePoints = "points"

// TokenCreated is the new token and its secret, shown this once.
type TokenCreated struct {
	Secret string `json:"secret"`
	Token  Token  `json:"token"`
}

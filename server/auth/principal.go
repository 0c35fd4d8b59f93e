package auth

import (
	"context"
	"slices"

	"storecast/app/rest"
)

// How a request proved who it is.
const (
	ViaSession  = "session"
	ViaAPIToken = "token"
	ViaSetup    = "admin-token" // STORECAST_ADMIN_TOKEN or DATA/admin-token
)

// Principal is who a staff request acts as.
type Principal struct {
	UserID   string
	Username string
	Role     string
	Via      string
	CSRF     string // sessions only
	// Token and Scopes are an API token's name and scopes: a token with
	// scopes may reach only the routes of those scopes (rest.Scopes).
	Token  string
	Scopes []string
}

// Scoped reports whether the principal may call a route of scope: every
// principal without scopes may (its role decides), a scoped token only
// for its own scopes. scope "" is a route of no scope.
func (p Principal) Scoped(scope string) bool {
	return len(p.Scopes) == 0 || scope != "" && slices.Contains(p.Scopes, scope)
}

// Actor names the principal in the audit log.
func (p Principal) Actor() string {
	if p.Via == ViaSetup {
		return "admin-token"
	}
	return p.Username
}

// Can reports whether the principal has one of roles. Admins can do
// everything.
func (p Principal) Can(roles ...string) bool {
	return p.Role == rest.RoleAdmin || slices.Contains(roles, p.Role)
}

type principalKey struct{}

// With returns ctx carrying p.
func With(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// From returns the principal in ctx.
func From(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}

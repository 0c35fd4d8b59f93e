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
	Scope    string // API tokens only: "" or the one scope it may reach
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

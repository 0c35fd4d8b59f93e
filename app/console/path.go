package console

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// Where the console's views live. Each is its own URL, so the browser's
// back button and bookmarks work; the page component stays the same across
// them, and with it the session.
const (
	Path           = "/console"
	PathPromotions = Path + "/promotions"
	PathSignage    = Path + "/signage"
	PathOverrides  = Path + "/overrides"
	PathCoupons    = Path + "/coupons"
	PathProducts   = Path + "/products"
	PathRedeem     = Path + "/redeem"
	PathUsers      = Path + "/users"
	PathAudit      = Path + "/audit"
	PathAccount    = Path + "/account"
)

// view is one console view and the roles the server lets use it.
type view struct {
	path, label string
	roles       []string
}

var views = []view{
	{Path, i18n.ConsoleNavScreens, []string{RoleAdmin, RoleEditor}},
	{PathPromotions, i18n.ConsoleNavPromotions, []string{RoleAdmin, RoleEditor}},
	{PathSignage, i18n.ConsoleNavSignage, []string{RoleAdmin, RoleEditor}},
	{PathOverrides, i18n.ConsoleNavOverrides, []string{RoleAdmin, RoleEditor}},
	{PathCoupons, i18n.ConsoleNavCoupons, []string{RoleAdmin, RoleEditor}},
	{PathProducts, i18n.ConsoleNavProducts, []string{RoleAdmin, RoleEditor}},
	{PathRedeem, i18n.ConsoleNavRedeem, []string{RoleAdmin, RoleCashier}},
	{PathUsers, i18n.ConsoleNavUsers, []string{RoleAdmin}},
	{PathAudit, i18n.ConsoleNavAudit, []string{RoleAdmin}},
	{PathAccount, i18n.ConsoleNavAccount, []string{RoleAdmin, RoleEditor, RoleCashier}},
}

// Paths lists every console URL, for the route table.
func Paths() []string {
	out := make([]string, len(views))
	for i, v := range views {
		out[i] = v.path
	}
	return out
}

// viewsFor lists the views role may open, in menu order.
func viewsFor(role string) []view {
	var out []view
	for _, v := range views {
		if slices.Contains(v.roles, role) {
			out = append(out, v)
		}
	}
	return out
}

// resolve says which view path shows for role: the console's home is the
// fleet for those who may see it and the account for a cashier. ok is
// false for a view the role may not open.
func resolve(path, role string) (string, bool) {
	if path == Path && role == RoleCashier {
		return PathRedeem, true // the till
	}
	for _, v := range views {
		if v.path == path {
			return path, slices.Contains(v.roles, role)
		}
	}
	return Path, true
}

// can says whether role may make changes of this kind; the server decides,
// this only hides what it would refuse.
func can(role, what string) bool {
	switch what {
	case "content", "overrides":
		return role == RoleAdmin || role == RoleEditor
	case "screens", "users", "audit":
		return role == RoleAdmin
	}
	return false
}

// Register adds the console's pages, for the server's renders and for
// console.wasm.
func Register() {
	for _, p := range Paths() {
		app.Route(p, func() app.Composer { return &Page{} })
	}
}

package console

import (
	"slices"

	"storecast/app/i18n"
	"storecast/app/rest"
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
	PathCategories = Path + "/categories"
	PathEvents     = Path + "/events"
	PathRedeem     = Path + "/redeem"
	PathUsers      = Path + "/users"
	PathAudit      = Path + "/audit"
	PathAlerts     = Path + "/alerts"
	PathAccount    = Path + "/account"
	PathStores     = Path + "/stores"
	PathParity     = Path + "/parity"
	PathMarkdowns  = Path + "/markdowns"
	PathBrand      = Path + "/brand"
	PathPoints     = Path + "/points"
)

// view is one console view and the roles the server lets use it; an hq
// view exists only at head office, whose server alone answers for it.
type view struct {
	path, label string
	roles       []string
	hq          bool
}

var views = []view{
	{Path, i18n.ConsoleNavScreens, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathPromotions, i18n.ConsoleNavPromotions, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathSignage, i18n.ConsoleNavSignage, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathOverrides, i18n.ConsoleNavOverrides, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathCoupons, i18n.ConsoleNavCoupons, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathProducts, i18n.ConsoleNavProducts, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathCategories, i18n.ConsoleNavCategories, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathEvents, i18n.ConsoleNavEvents, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathParity, i18n.ConsoleNavParity, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathMarkdowns, i18n.ConsoleNavMarkdowns, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathRedeem, i18n.ConsoleNavRedeem, []string{rest.RoleAdmin, rest.RoleCashier}, false},
	{PathPoints, i18n.ConsoleNavPoints, []string{rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier}, false},
	{PathPartners, i18n.ConsoleNavPartners, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathSettlement, i18n.ConsoleNavSettlement, []string{rest.RoleAdmin, rest.RoleEditor}, false},
	{PathUsers, i18n.ConsoleNavUsers, []string{rest.RoleAdmin}, false},
	{PathAudit, i18n.ConsoleNavAudit, []string{rest.RoleAdmin}, false},
	{PathAlerts, i18n.ConsoleNavAlerts, []string{rest.RoleAdmin}, false},
	{PathBrand, i18n.ConsoleNavBrand, []string{rest.RoleAdmin}, false},
	{PathStores, i18n.ConsoleNavStores, []string{rest.RoleAdmin, rest.RoleEditor}, true},
	{PathAccount, i18n.ConsoleNavAccount, []string{rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier}, false},
}

// Paths lists every console URL, for the route table.
func Paths() []string {
	out := make([]string, len(views))
	for i, v := range views {
		out[i] = v.path
	}
	return out
}

// viewsFor lists the views role may open, in menu order; hq says whether
// this server is head office.
func viewsFor(role string, hq bool) []view {
	var out []view
	for _, v := range views {
		if v.allows(role, hq) {
			out = append(out, v)
		}
	}
	return out
}

func (v view) allows(role string, hq bool) bool {
	return slices.Contains(v.roles, role) && (hq || !v.hq)
}

// resolve says which view path shows for role: the console's home is the
// fleet for those who may see it and the account for a cashier. ok is
// false for a view the role may not open, or a head office view elsewhere.
func resolve(path, role string, hq bool) (string, bool) {
	if path == Path && role == rest.RoleCashier {
		return PathRedeem, true // the till
	}
	for _, v := range views {
		if v.path == path {
			return path, v.allows(role, hq)
		}
	}
	return Path, true
}

// can says whether role may make changes of this kind; the server decides,
// this only hides what it would refuse.
func can(role, what string) bool {
	switch what {
	case "content", "overrides":
		return role == rest.RoleAdmin || role == rest.RoleEditor
	case "screens", "users", "audit":
		return role == rest.RoleAdmin
	}
	return false
}

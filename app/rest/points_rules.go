package rest

import "regexp"

// Bounds of the earning rules (PointsRules) and of points: the server
// enforces them and the console checks a form against the same numbers.
const (
	PointsMaxPerYuan    = 100
	PointsMaxPercent    = 1000 // ×10
	PointsMaxExpiryDays = 3650
	PointsMax           = 1_000_000_000
)

// PointsRuleID is the shape of a category's or a campaign's id in the
// rules: lower-case letters, digits and -, at most 40.
var PointsRuleID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)

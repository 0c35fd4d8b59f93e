package alert

import (
	"crypto/rand"
	"encoding/hex"

	"storecast/app/rest"
)

// Alert is one thing that needs someone: the wire shape a generic
// webhook's receiver reads, whose one Go type is in app/rest.
type Alert = rest.Alert

// newAlertID is a random id receivers can deduplicate retries by.
func newAlertID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// titles name each rule in a robot's message, in both languages stores
// in China read: Chinese first for the staff, English for head office.
var titles = map[string]string{
	rest.RuleScreenOffline: "屏幕离线 Screen offline",
	rest.RuleScreenHealth:  "屏幕异常 Screen unwell",
	rest.RuleStaffCall:     "呼叫无人响应 Staff call not taken",
	rest.RuleCouponStock:   "优惠券即将领完 Coupons nearly gone",
	rest.RuleDisk:          "磁盘将满 Disk nearly full",
	rest.RulePriceParity:   "线上线下价格不一致 Price parity mismatch",
	rest.RuleTest:          "测试消息 Test message",
}

// title names a rule for people.
func title(rule string) string {
	if t, ok := titles[rule]; ok {
		return t
	}
	return rule
}

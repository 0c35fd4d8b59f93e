// Package alert tells an operator, through webhooks, what needs someone in
// a store: a screen offline while the store is open, a screen failing its
// media or short of memory, a call for staff nobody took, a coupon
// campaign nearly out of coupons, the data directory's disk nearly full.
//
// Two halves. The Monitor looks every minute: it reads the rules
// (rest.AlertRules, set by an admin), gathers Facts from a Source (the
// store, the hub's connections, the disk) and Evaluate, a pure function
// of rules, facts and the time, says which alerts hold. An alert fires
// once when it starts to hold; it fires again only after it stopped
// holding. Outside the store's hours nothing fires and the Monitor
// forgets what fired, so what still holds at opening is said again.
//
// The Dispatcher delivers each alert to every webhook in the format its
// receiver reads (a generic JSON body signed with HMAC-SHA256, a WeCom or
// a DingTalk group robot's message), retrying failures with exponential
// backoff a bounded number of times, and logs each attempt in the store's
// delivery log. Neither a webhook's secret nor its URL (a robot's URL
// holds its key) is ever logged.
//
// Where a webhook may point (address.go): http or https; any public or
// private (store LAN) address, since a store's receiver often sits on its
// own network; never loopback, link-local (cloud metadata lives at
// 169.254.169.254), unspecified or multicast addresses. The check runs on
// the URL when it is saved and again on every address a name resolves to
// when it is dialled, and redirects are not followed, so a name that
// later resolves elsewhere cannot reach what a literal address could not.
package alert

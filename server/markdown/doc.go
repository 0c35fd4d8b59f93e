// Package markdown suggests price cuts for product lots near their
// best-before date: within Rule.Late days of it the lot is offered at
// Rule.LatePercent off, within Rule.Early days at Rule.EarlyPercent off
// (defaults 1 day 50 %, 3 days 30 %). Days are the store's: a lot best
// before 7 May is "within 1 day" from 6 May 00:00 in the store's zone,
// whatever the server's own zone.
package markdown

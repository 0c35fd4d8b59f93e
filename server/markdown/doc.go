// Package markdown suggests price cuts for product lots near their
// best-before date, and turns an editor's approval into an offer.
//
// A Rule is a list of steps, each "within Days days of best-before, Percent
// off" (default: within 3 days 30 %, within 1 day 50 %); the step with the
// fewest days that still holds the lot wins, so the cut deepens as the date
// nears. Days are the store's: a lot best before 7 May is "within 1 day"
// from 6 May 00:00 in the store's zone, whatever the server's own zone.
//
// A lot stops being suggested when it is sold out, its date has passed,
// or an editor approved or dismissed it (the store keeps that decision,
// so a second tap on approve answers the first tap's offer).
package markdown

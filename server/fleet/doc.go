// Package fleet owns the store's screens: it authenticates each screen's
// hello (device token, pairing, or anonymous where allowed), pairs new
// screens by a short code, revokes them, sends them staff commands, and
// merges the paired screens with the live connections into the fleet view.
package fleet

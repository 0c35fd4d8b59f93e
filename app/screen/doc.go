// Package screen holds what every live screen page shares: the shopper's
// locale from the URL, the state the page boots from (server-rendered or
// persisted), the live session that keeps it current, and the small status
// badge that says when a screen is offline.
package screen

// Package live is the browser's live feed: it connects to the server's
// WebSocket, says where it stands (epoch, last applied seq), applies the
// snapshot or replayed events in order exactly once, and reconnects with
// full-jitter backoff when the connection drops or falls silent.
//
// The state machine (Feed) is pure Go over two seams, Transport and Clock,
// so it is tested on the host with fakes; the browser's WebSocket transport
// is a thin layer in transport_browser.go.
package live

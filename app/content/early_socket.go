package content

// EarlySocket names the global (window.storecastSocket) holding the live
// feed's WebSocket that every screen's page opens from its head, before
// the wasm has even downloaded: server/pwa writes the script that opens
// it, app/live adopts it instead of dialling. Frames that arrive before
// the feed takes the socket wait in the socket's "early" array.
const EarlySocket = "storecastSocket"

package signage

// The functions web/signage.js defines on window, which the player calls
// from Go: it readies a slide (fits its texts, waits for its media), hands
// the service worker the media to keep for offline play, and does nothing
// (a callback for slides that need no preparing). They live in a file of
// their own so the Content-Security-Policy needs no eval.
const (
	prepareFunc   = "storecastPrepare"
	keepMediaFunc = "storecastKeepMedia"
	noopFunc      = "storecastNoop"
)

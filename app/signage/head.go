package signage

// HeadJS defines, in the head of every page (server/pwa puts it there, and
// its Content-Security-Policy allows it by its hash), the JavaScript
// functions the signage calls from Go: prepareJS, keepMediaJS and a no-op.
// They used to be made with new Function, which is eval, and a policy
// without 'unsafe-eval' refuses it.
const HeadJS = `window.` + prepareFunc + ` = function (el, ms, key, cb, ready) {` + prepareJS + `};
window.` + keepMediaFunc + ` = function (urls) {` + keepMediaJS + `};
window.` + noopFunc + ` = function () {};`

// The names HeadJS gives its functions on window.
const (
	prepareFunc   = "storecastPrepare"
	keepMediaFunc = "storecastKeepMedia"
	noopFunc      = "storecastNoop"
)

package pwa

import "storecast/app/content"

// earlySocketJS runs in the head of every page and, on a screen's page,
// opens the live feed's WebSocket while the wasm is still downloading,
// compiling and starting, and leaves it in the global content.EarlySocket
// for the feed to adopt (app/live's early.go) instead of paying the
// connection's round trips after start-up. The server says nothing before
// the screen's hello, which the feed sends; whatever arrives anyway is
// kept in the socket's "early" array for the feed.
const earlySocketJS = `(function () {
	if (!window.WebSocket || !/^\/(kiosk|signage)(\/|$)/.test(location.pathname)) return;
	try {
		var s = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
		s.early = [];
		s.onmessage = function (e) { s.early.push(e.data); };
		window.` + content.EarlySocket + ` = s;
	} catch (e) {}
})();`

// The JavaScript the signage player (app/signage) calls from Go, loaded
// with every page as a file of its own so the Content-Security-Policy
// needs neither eval nor an inline script. app/signage/head.go names
// these functions; its tests check that this file defines them.
"use strict";

// storecastPrepare readies a drawn slide behind the one on screen: it fits
// every text to its zone (the largest size at which nothing overflows),
// waits until every picture is decoded and every video can play through,
// and tells Go through cb(key, "ready"|"failed"|"ended", detail). A
// slide's own picture (.sc-media) that fails fails the slide; a
// promotion's picture that fails is only hidden. Written in JavaScript
// because it is a chain of browser promises: in Go it would cost a
// callback per step.
window.storecastPrepare = function (el, ms, key, cb, ready) {
	function fit(box) {
		var over = function () { return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1; };
		var lo = 8, hi = Math.max(lo, Math.min(box.clientHeight / 1.25, 0.2 * Math.max(innerWidth, innerHeight)));
		box.style.fontSize = hi + "px";
		if (!over()) return;
		while (hi - lo > 1) {
			var mid = Math.floor((lo + hi) / 2);
			box.style.fontSize = mid + "px";
			if (over()) hi = mid; else lo = mid;
		}
		box.style.fontSize = lo + "px";
	}
	el.querySelectorAll(".sc-fit").forEach(fit);
	if (!ready) return;
	var waits = [];
	el.querySelectorAll("img").forEach(function (img) {
		var p = img.decode();
		if (!img.classList.contains("sc-media")) p = p.catch(function () { img.hidden = true; });
		waits.push(p);
	});
	el.querySelectorAll("video").forEach(function (v) {
		v.muted = true;
		v.addEventListener("ended", function () { cb(key, "ended", ""); });
		waits.push(new Promise(function (ok, no) {
			if (v.readyState >= 4) return ok();
			v.addEventListener("canplaythrough", function () { ok(); }, { once: true });
			v.addEventListener("error", function () { no(new Error("video " + (v.error ? v.error.code : "") + " " + v.currentSrc)); }, { once: true });
		}));
		v.addEventListener("error", function () { cb(key, "failed", "video error while playing"); });
	});
	var timer;
	var late = new Promise(function (_, no) { timer = setTimeout(function () { no(new Error("not ready within " + ms + " ms")); }, ms); });
	Promise.race([Promise.all(waits), late]).then(function () {
		clearTimeout(timer);
		var v = el.querySelector("video");
		cb(key, "ready", v && isFinite(v.duration) ? String(v.duration) : "");
	}, function (err) {
		clearTimeout(timer);
		cb(key, "failed", String((err && err.message) || err || "failed").slice(0, 200));
	});
};

// storecastKeepMedia hands the service worker (server/pwa/worker.js) the
// media this screen may play, one URL a line, so it downloads them whole
// and serves them offline, videos included. navigator.serviceWorker.ready
// gives the active worker even on a first visit, which the worker does
// not control yet. The worker answers when it is done; what it could not
// keep is logged, and plays from the network while there is one.
window.storecastKeepMedia = function (urls) {
	if (!navigator.serviceWorker) return;
	navigator.serviceWorker.ready.then(function (reg) {
		if (!reg.active) return;
		var ch = new MessageChannel();
		ch.port1.onmessage = function (e) {
			if (e.data && (e.data.failed || e.data.quota)) console.warn("storecast: media kept for offline play:", JSON.stringify(e.data));
		};
		reg.active.postMessage({ storecast: "keep-media", urls: urls.split("\n").filter(Boolean) }, [ch.port2]);
	});
};

window.storecastNoop = function () {};

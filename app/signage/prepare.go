package signage

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// prepareJS readies a drawn slide behind the one on screen: it fits every
// text to its zone (the largest size at which nothing overflows), waits
// until every picture is decoded and every video can play through, and
// tells Go through cb(key, "ready"|"failed"|"ended", detail). A slide's own
// picture (.sc-media) that fails fails the slide; a promotion's picture
// that fails is only hidden. Written in JavaScript because it is a chain
// of browser promises: in Go it would cost a callback per step.
const prepareJS = `
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
`

// readyTimeout is how long a slide may take to load before it is skipped.
const readyTimeout = 15000 // ms

// preparer runs prepareJS (defined by HeadJS); one Go callback serves
// every slide of the page.
type preparer struct {
	fn   app.Value
	noop app.Value
	cb   app.Func
	on   func(key, what, detail string)
}

func newPreparer(on func(key, what, detail string)) *preparer {
	fn := app.Window().Get(prepareFunc)
	cb := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 3 {
			on(args[0].String(), args[1].String(), args[2].String())
		}
		return nil
	})
	return &preparer{fn: fn, noop: app.Window().Get(noopFunc), cb: cb, on: on}
}

// prepare readies the slot element with id; ready false only fits texts.
func (p *preparer) prepare(id, key string, ready bool) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		if ready {
			p.on(key, "failed", "slot "+id+" not drawn")
		}
		return
	}
	p.fn.Invoke(el, readyTimeout, key, p.cb, ready)
}

func (p *preparer) release() { p.cb.Release() }

// media calls a method of the video in the slot element with id, if any:
// play when its slide goes on screen, pause when it leaves.
func (p *preparer) media(id, method string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	v := el.Call("querySelector", "video")
	if !v.Truthy() {
		return
	}
	if method == "play" {
		if v.Get("currentTime").Float() > 0 {
			v.Set("currentTime", 0) // from its start again (after an override)
		}
		// play() may refuse (a browser's autoplay policy): the slide
		// still shows its first frame until its time is up.
		v.Call("play").Call("catch", p.noop)
		return
	}
	v.Call(method)
}

package signage

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readyTimeout is how long a slide may take to load before it is skipped.
const readyTimeout = 15000 // ms

// preparer runs storecastPrepare (web/signage.js); one Go callback serves
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

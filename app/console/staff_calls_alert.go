package console

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Ways a console alerts staff to a new call besides its banner: a short
// tone and a system notification. Both are best effort: a browser without
// them, or a member of staff who said no, still has the banner and count.

// interacted reports whether the member of staff has pressed or typed on
// this page: browsers refuse to start sound before that.
func interacted() bool {
	ua := app.Window().Get("navigator").Get("userActivation")
	return ua.Truthy() && ua.Get("hasBeenActive").Truthy()
}

// chime plays two short rising tones with a Web Audio oscillator: no sound
// file to fetch and nothing from the network.
func chime() {
	ctor := app.Window().Get("AudioContext")
	if !ctor.Truthy() || !interacted() {
		return
	}
	ac := ctor.New()
	now := ac.Get("currentTime").Float()
	for i, hz := range []float64{660, 880} {
		start := now + float64(i)*0.18
		osc, gain := ac.Call("createOscillator"), ac.Call("createGain")
		osc.Get("frequency").Set("value", hz)
		g := gain.Get("gain")
		g.Call("setValueAtTime", 0.0001, start)
		g.Call("exponentialRampToValueAtTime", 0.3, start+0.02)
		g.Call("exponentialRampToValueAtTime", 0.0001, start+0.16)
		osc.Call("connect", gain)
		gain.Call("connect", ac.Get("destination"))
		osc.Call("start", start)
		osc.Call("stop", start+0.17)
	}
	// Free the audio device once the tones have played.
	var done app.Func
	done = app.FuncOf(func(app.Value, []app.Value) any {
		defer done.Release()
		ac.Call("close")
		return nil
	})
	app.Window().Call("setTimeout", done, 1000)
}

// notifyPermission is the browser's answer about notifications: "granted",
// "denied", "default" (not asked yet) or "" when it has none.
func notifyPermission() string {
	n := app.Window().Get("Notification")
	if !n.Truthy() {
		return ""
	}
	return n.Get("permission").String()
}

// askNotify asks the browser for permission to notify; it must run in a
// click handler, never on load. done gets the answer.
func askNotify(done func(string)) {
	n := app.Window().Get("Notification")
	if !n.Truthy() {
		return
	}
	var then app.Func
	then = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer then.Release()
		if len(args) > 0 {
			done(args[0].String())
		}
		return nil
	})
	n.Call("requestPermission").Call("then", then)
}

// notify raises a system notification, tagged with the call so a second
// poll cannot raise it twice, when permission was granted.
func notify(title, body, tag string) {
	if notifyPermission() != "granted" {
		return
	}
	app.Window().Get("Notification").New(title, map[string]any{"body": body, "tag": tag})
}

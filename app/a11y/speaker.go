package a11y

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Speaker reads text aloud with the browser's speechSynthesis. Every call
// is safe on the server and in browsers without speech, where it does
// nothing. Say interrupts whatever is being said: a screen that changes
// must not keep talking about the last one.
//
// It reads only with a voice the self-test (Judge) accepts, and turns
// every yuan amount into words first (SpeakMoney). When the browser
// refuses to speak before the shopper's first touch or key ("not-allowed":
// Chromium's autoplay policy, unless started with
// --autoplay-policy=no-user-gesture-required), it keeps what it was asked
// to say and says it at that first gesture (Retry).
type Speaker struct {
	voices  []Voice     // the browser's voices for the kiosk's languages
	handles []app.Value // the SpeechSynthesisVoice of each
	loaded  bool
	onError app.Func // every utterance's error handler
	unqueue app.Func // ends queue after the event that set it
	blocked bool     // the browser refused: speak again at the next gesture
	queue   bool     // Retry just spoke: what this gesture says goes after it
	last    said     // what was asked for last
}

type said struct {
	locale string
	parts  []Utterance
}

func synth() app.Value {
	if !app.IsClient {
		return nil
	}
	s := app.Window().Get("speechSynthesis")
	if !s.Truthy() {
		return nil
	}
	return s
}

// langsOfInterest are the leading subtags of the voices a kiosk may use.
// A Linux machine with speech-dispatcher lists over 13,000 voices (every
// eSpeak NG language times every variant); only these are read into Go.
var langsOfInterest = []string{"zh", "cmn", "yue", "en", "hak", "nan"}

// Load reads the browser's voices again (it may learn of more after the
// page loads; OnVoicesChanged calls it).
func (sp *Speaker) Load() {
	sp.voices, sp.handles, sp.loaded = nil, nil, true
	s := synth()
	if s == nil {
		return
	}
	list := s.Call("getVoices")
	for i, n := 0, list.Length(); i < n; i++ {
		v := list.Index(i)
		lang := v.Get("lang").String()
		primary, _, _ := strings.Cut(normTag(lang), "-")
		if !slices.Contains(langsOfInterest, primary) {
			continue
		}
		sp.voices = append(sp.voices, Voice{
			Name: v.Get("name").String(), Lang: lang,
			URI: v.Get("voiceURI").String(), Local: v.Get("localService").Bool(),
		})
		sp.handles = append(sp.handles, v)
	}
}

// Voices lists the browser's voices for the kiosk's languages.
func (sp *Speaker) Voices() []Voice {
	if !sp.loaded {
		sp.Load()
	}
	return sp.voices
}

// Judge is the voice self-test for locale on this browser (see Judge).
func (sp *Speaker) Judge(locale string) (Voice, Verdict) { return Judge(locale, sp.Voices()) }

// Available reports whether a voice worth reading locale with exists.
func (sp *Speaker) Available(locale string) bool {
	_, v := sp.Judge(locale)
	return v != VoiceNone
}

// Utterance is one stretch of speech and the rate to read it at.
type Utterance struct {
	Text string
	Rate float64
}

// Say stops any speech and reads text in locale at rate.
func (sp *Speaker) Say(locale, text string, rate float64) bool {
	return sp.SayAll(locale, []Utterance{{text, rate}})
}

// SayAll stops any speech and reads each utterance in turn, each at its
// own rate (a coupon's offer at the normal rate, then its code slowly).
// It reports whether it spoke: false without speechSynthesis, without
// anything to say, or without a voice the self-test accepts for locale.
func (sp *Speaker) SayAll(locale string, parts []Utterance) bool {
	s := synth()
	if s == nil || !slices.ContainsFunc(parts, func(u Utterance) bool { return u.Text != "" }) {
		return false
	}
	v, verdict := sp.Judge(locale)
	if verdict == VoiceNone {
		return false
	}
	if sp.queue {
		sp.queue = false // after what Retry just said
	} else {
		s.Call("cancel")
	}
	sp.last = said{locale, parts}
	voice := sp.handles[slices.Index(sp.voices, v)]
	for _, part := range parts {
		if part.Text == "" {
			continue
		}
		u := app.Window().Get("SpeechSynthesisUtterance").New(SpeakMoney(locale, part.Text))
		u.Set("lang", v.Lang)
		u.Set("rate", part.Rate)
		u.Set("voice", voice)
		u.Set("onerror", sp.errorHandler())
		s.Call("speak", u)
	}
	return true
}

// errorHandler notes a refusal to speak before any user gesture.
func (sp *Speaker) errorHandler() app.Func {
	if sp.onError == nil {
		sp.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) > 0 && args[0].Get("error").String() == "not-allowed" {
				sp.blocked = true
			}
			return nil
		})
	}
	return sp.onError
}

// Retry says again what the browser refused to say, if it refused; call
// it from a touch or key handler, when the browser allows speech. What
// the same handler goes on to say (the item a key moved focus to) is
// read after it instead of cutting it off. It reports whether it spoke.
func (sp *Speaker) Retry() bool {
	if !sp.blocked {
		return false
	}
	sp.blocked = false
	if !sp.SayAll(sp.last.locale, sp.last.parts) {
		return false
	}
	sp.queue = true
	// Only this event's own speech queues; anything later interrupts.
	if sp.unqueue == nil {
		sp.unqueue = app.FuncOf(func(app.Value, []app.Value) any { sp.queue = false; return nil })
	}
	app.Window().Call("setTimeout", sp.unqueue, 0)
	return true
}

// Blocked reports whether the browser refused the last speech and waits
// for a touch or key.
func (sp *Speaker) Blocked() bool { return sp.blocked }

// Cancel stops speech now.
func (sp *Speaker) Cancel() {
	sp.queue = false
	if s := synth(); s != nil {
		s.Call("cancel")
	}
}

// OnVoicesChanged reads the voices again and calls fn whenever the
// browser's list of voices changes (it often loads after the page). It
// returns a function that stops it.
func (sp *Speaker) OnVoicesChanged(fn func()) func() {
	s := synth()
	if s == nil {
		return func() {}
	}
	f := app.FuncOf(func(app.Value, []app.Value) any {
		sp.Load()
		fn()
		return nil
	})
	s.Call("addEventListener", "voiceschanged", f)
	return func() {
		s.Call("removeEventListener", "voiceschanged", f)
		f.Release()
	}
}

package a11y

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Speaker reads text aloud with the browser's speechSynthesis. Every call
// is safe on the server and in browsers without speech, where it does
// nothing. Say interrupts whatever is being said: a screen that changes
// must not keep talking about the last one.
type Speaker struct{}

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

// Voices lists the voices the browser has now (it may learn of more later;
// see OnVoicesChanged).
func (Speaker) Voices() []Voice {
	s := synth()
	if s == nil {
		return nil
	}
	list := s.Call("getVoices")
	n := list.Length()
	vs := make([]Voice, 0, n)
	for i := 0; i < n; i++ {
		v := list.Index(i)
		vs = append(vs, Voice{Name: v.Get("name").String(), Lang: v.Get("lang").String()})
	}
	return vs
}

// Available reports whether a voice for locale exists.
func (sp Speaker) Available(locale string) bool {
	_, ok := VoiceFor(locale, sp.Voices())
	return ok
}

// Utterance is one stretch of speech and the rate to read it at.
type Utterance struct {
	Text string
	Rate float64
}

// Say stops any speech and reads text in locale at rate.
func (sp Speaker) Say(locale, text string, rate float64) {
	sp.SayAll(locale, []Utterance{{text, rate}})
}

// SayAll stops any speech and reads each utterance in turn, each at its
// own rate (a coupon's offer at the normal rate, then its code slowly).
func (sp Speaker) SayAll(locale string, parts []Utterance) {
	s := synth()
	if s == nil || !slices.ContainsFunc(parts, func(u Utterance) bool { return u.Text != "" }) {
		return
	}
	s.Call("cancel")
	voice := app.Value(nil)
	lang := SpeechLang(locale)
	if v, ok := VoiceFor(locale, sp.Voices()); ok {
		list := s.Call("getVoices")
		for i := 0; i < list.Length(); i++ {
			if list.Index(i).Get("name").String() == v.Name {
				voice, lang = list.Index(i), v.Lang
				break
			}
		}
	}
	for _, part := range parts {
		if part.Text == "" {
			continue
		}
		u := app.Window().Get("SpeechSynthesisUtterance").New(part.Text)
		u.Set("lang", lang)
		u.Set("rate", part.Rate)
		if voice != nil {
			u.Set("voice", voice)
		}
		s.Call("speak", u)
	}
}

// Cancel stops speech now.
func (Speaker) Cancel() {
	if s := synth(); s != nil {
		s.Call("cancel")
	}
}

// OnVoicesChanged calls fn when the browser's list of voices changes (it
// often loads after the page). It returns a function that stops it.
func (Speaker) OnVoicesChanged(fn func()) func() {
	s := synth()
	if s == nil {
		return func() {}
	}
	f := app.FuncOf(func(app.Value, []app.Value) any { fn(); return nil })
	s.Call("addEventListener", "voiceschanged", f)
	return func() {
		s.Call("removeEventListener", "voiceschanged", f)
		f.Release()
	}
}

package a11y

import (
	"slices"
	"strings"
)

// Voice is one speechSynthesis voice, as the browser reports it.
type Voice struct {
	Name  string `json:"name"`
	Lang  string `json:"lang"`     // BCP 47, as the browser reports it: "en-US", "cmn", "zh-CN"
	URI   string `json:"voiceURI"` // speech-dispatcher puts the engine here too: "… espeak-ng"
	Local bool   `json:"localService"`
}

// voiceTags lists, per screen locale, the voice language tags to try in
// order. Engines name Mandarin "cmn" as often as "zh-CN", so both are
// tried; Cantonese reads traditional characters when no Mandarin voice
// for them exists.
var voiceTags = map[string][]string{
	"zh-Hans": {"cmn-hans", "cmn-cn", "zh-cn", "zh-hans", "cmn", "zh", "cmn-hant", "cmn-tw", "zh-tw"},
	"zh-Hant": {"cmn-hant", "cmn-tw", "zh-tw", "zh-hant", "zh-hk", "yue-hk", "cmn", "zh-cn", "zh", "yue"},
	"en":      {"en-us", "en-gb", "en"},
}

// notFor lists, per locale, tags its list reaches by a leading subtag
// ("zh") that it must not use: a Cantonese voice is no voice for a
// shopper who chose simplified Chinese, who speaks Mandarin.
var notFor = map[string][]string{
	"zh-Hans": {"zh-hk", "zh-mo", "yue"},
}

// SpeechLang is the language tag an utterance in locale is marked with.
func SpeechLang(locale string) string {
	switch locale {
	case "zh-Hans":
		return "zh-CN"
	case "zh-Hant":
		return "zh-TW"
	}
	return "en-US"
}

// speaks reports whether a voice tagged lang speaks tag want: whole tags,
// or their leading subtags ("cmn" matches "cmn-Latn-pinyin").
func speaks(lang, want string) bool {
	got := normTag(lang)
	return got == want || strings.HasPrefix(got, want+"-")
}

func normTag(lang string) string { return strings.ToLower(strings.ReplaceAll(lang, "_", "-")) }

// VoiceFor picks the voice to read locale with (see Judge); ok is false
// when there is none worth reading with.
func VoiceFor(locale string, voices []Voice) (v Voice, ok bool) {
	v, verdict := Judge(locale, voices)
	return v, verdict != VoiceNone
}

// Judge is the voice self-test: it picks the voice to read locale with
// and says how far it can be trusted. A voice on the known-good list
// (voice_lists.go) wins over any other; failing one, the first voice for
// the language that no list knows is used and the verdict says to check
// it by ear; voices on the known-bad list are never used, so a kiosk that
// has only those says it cannot read aloud instead of reading gibberish.
// Within each verdict the locale's tag order decides.
func Judge(locale string, voices []Voice) (Voice, Verdict) {
	tags, known := voiceTags[locale]
	if !known {
		return Voice{}, VoiceNone
	}
	best, verdict := Voice{}, VoiceNone
	for _, want := range tags {
		for _, v := range voices {
			if !speaks(v.Lang, want) || slices.ContainsFunc(notFor[locale], func(t string) bool { return speaks(v.Lang, t) }) {
				continue
			}
			switch rate(locale, v) {
			case VoiceGood:
				return v, VoiceGood
			case VoiceUnchecked:
				if verdict == VoiceNone {
					best, verdict = v, VoiceUnchecked
				}
			}
		}
	}
	return best, verdict
}

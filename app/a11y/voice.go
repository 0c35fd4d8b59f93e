package a11y

import "strings"

// Voice is one speechSynthesis voice.
type Voice struct {
	Name string
	Lang string // BCP 47, as the browser reports it: "en-US", "cmn", "zh-CN"
}

// voiceTags lists, per screen locale, the voice language tags to try in
// order. Speech engines name Mandarin "cmn" (espeak-ng) as often as
// "zh-CN", so both are tried; Cantonese ("yue") reads traditional
// characters only when no Mandarin voice exists.
var voiceTags = map[string][]string{
	"zh-Hans": {"cmn-hans", "cmn-cn", "cmn", "zh-cn", "zh-hans", "zh", "cmn-hant", "zh-tw"},
	"zh-Hant": {"cmn-hant", "cmn-tw", "zh-tw", "zh-hant", "zh-hk", "cmn", "zh-cn", "zh", "yue"},
	"en":      {"en-us", "en-gb", "en"},
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

// VoiceFor picks the voice to read locale with: the first tag in the
// locale's list that a voice has, matching whole tags or their leading
// subtags ("cmn" matches "cmn-Latn-pinyin"). ok is false when no voice
// speaks the language at all.
func VoiceFor(locale string, voices []Voice) (v Voice, ok bool) {
	tags, known := voiceTags[locale]
	if !known {
		return Voice{}, false
	}
	for _, want := range tags {
		for _, v := range voices {
			got := strings.ToLower(strings.ReplaceAll(v.Lang, "_", "-"))
			if got == want || strings.HasPrefix(got, want+"-") {
				return v, true
			}
		}
	}
	return Voice{}, false
}

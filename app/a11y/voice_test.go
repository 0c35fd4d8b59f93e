package a11y

import (
	"encoding/json"
	"os"
	"testing"
)

// Voice lists as each platform's browser reports them (names, tags and
// voiceURIs as documented by the platforms; the Debian one is this
// project's own recording, testdata/voices-debian12-espeak-ng.json).
var (
	espeak = []Voice{ // eSpeak NG without speech-dispatcher
		{Name: "English (America)", Lang: "en-US"}, {Name: "Chinese (Mandarin)", Lang: "cmn"},
		{Name: "Chinese (Cantonese)", Lang: "yue"}, {Name: "pinyin", Lang: "cmn-Latn-pinyin"},
	}
	windows = []Voice{
		{Name: "Microsoft David - English (United States)", Lang: "en-US", Local: true},
		{Name: "Microsoft Huihui - Chinese (Simplified, PRC)", Lang: "zh-CN", Local: true},
		{Name: "Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)", Lang: "zh-HK", Local: true},
		{Name: "Microsoft HanHan - Chinese (Traditional, Taiwan)", Lang: "zh-TW", Local: true},
	}
	windowsHK = []Voice{ // a Hong Kong Windows kiosk: Cantonese only
		{Name: "Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)", Lang: "zh-HK", Local: true},
	}
	chrome = []Voice{
		{Name: "Google 普通话（中国大陆）", Lang: "zh-CN"}, {Name: "Google 國語（臺灣）", Lang: "zh-TW"},
		{Name: "Google 粤語（香港）", Lang: "zh-HK"}, {Name: "Google UK English Female", Lang: "en-GB"},
	}
	chromeOS = []Voice{
		{Name: "Android Speech Recognition and Synthesis from Google cmn-CN-x-ccc-local", Lang: "cmn-CN", Local: true},
		{Name: "Chrome OS 粵語 1", Lang: "yue-HK", Local: true},
	}
	apple = []Voice{
		{Name: "Ting-Ting", Lang: "zh-CN", Local: true}, {Name: "Sin-Ji", Lang: "zh-HK", Local: true},
		{Name: "Meijia (Enhanced)", Lang: "zh-TW", Local: true}, {Name: "Samantha", Lang: "en-US", Local: true},
	}
	// An engine no list knows, tagged properly: used, but checked by ear.
	other = []Voice{{Name: "Ekho Mandarin", Lang: "zh-CN", Local: true}, {Name: "espeak-ng Mandarin", Lang: "zh-CN"}}
)

func debian(t *testing.T) []Voice {
	t.Helper()
	b, err := os.ReadFile("testdata/voices-debian12-espeak-ng.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Voices []Voice }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Voices) < 10 {
		t.Fatalf("testdata holds %d voices", len(f.Voices))
	}
	return f.Voices
}

func TestJudge(t *testing.T) {
	deb := debian(t)
	tests := []struct {
		name    string
		locale  string
		voices  []Voice
		want    string // voice name; "" for none
		verdict Verdict
	}{
		// This machine: Debian 12, speech-dispatcher, eSpeak NG.
		{"debian zh-Hans", "zh-Hans", deb, "", VoiceNone},
		{"debian zh-Hant", "zh-Hant", deb, "", VoiceNone},
		{"debian en", "en", deb, "English (America) espeak-ng", VoiceGood},
		{"espeak zh-Hans", "zh-Hans", espeak, "", VoiceNone},
		{"espeak zh-Hant", "zh-Hant", espeak, "", VoiceNone},
		{"espeak en", "en", espeak, "English (America)", VoiceGood},
		{"windows zh-Hans", "zh-Hans", windows, "Microsoft Huihui - Chinese (Simplified, PRC)", VoiceGood},
		{"windows zh-Hant", "zh-Hant", windows, "Microsoft HanHan - Chinese (Traditional, Taiwan)", VoiceGood},
		{"windows en", "en", windows, "Microsoft David - English (United States)", VoiceGood},
		{"windows HK zh-Hant: Cantonese", "zh-Hant", windowsHK, "Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)", VoiceGood},
		{"windows HK zh-Hans: no Mandarin", "zh-Hans", windowsHK, "", VoiceNone},
		{"chrome zh-Hans", "zh-Hans", chrome, "Google 普通话（中国大陆）", VoiceGood},
		{"chrome zh-Hant", "zh-Hant", chrome, "Google 國語（臺灣）", VoiceGood},
		{"chrome en", "en", chrome, "Google UK English Female", VoiceGood},
		{"chromeos zh-Hans", "zh-Hans", chromeOS, "Android Speech Recognition and Synthesis from Google cmn-CN-x-ccc-local", VoiceGood},
		{"chromeos zh-Hant: Cantonese", "zh-Hant", chromeOS, "Chrome OS 粵語 1", VoiceGood},
		{"apple zh-Hans", "zh-Hans", apple, "Ting-Ting", VoiceGood},
		{"apple zh-Hant", "zh-Hant", apple, "Meijia (Enhanced)", VoiceGood},
		{"unknown engine", "zh-Hans", other, "Ekho Mandarin", VoiceUnchecked},
		{"good beats unchecked", "zh-Hans", append(append([]Voice{}, other...), windows...), "Microsoft Huihui - Chinese (Simplified, PRC)", VoiceGood},
		{"espeak beside a good voice", "zh-Hans", append(append([]Voice{}, deb...), chrome...), "Google 普通话（中国大陆）", VoiceGood},
		{"underscore tags", "zh-Hans", []Voice{{Name: "x", Lang: "zh_CN"}}, "x", VoiceUnchecked},
		{"no Chinese", "zh-Hans", []Voice{{Name: "English", Lang: "en-US"}}, "", VoiceNone},
		{"no voices", "en", nil, "", VoiceNone},
		{"unknown locale", "fr", windows, "", VoiceNone},
		{"a prefix of a subtag is not a match", "zh-Hans", []Voice{{Name: "c", Lang: "cmnx"}}, "", VoiceNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, verdict := Judge(tt.locale, tt.voices)
			if v.Name != tt.want || verdict != tt.verdict {
				t.Errorf("Judge(%s) = %q, %s; want %q, %s", tt.locale, v.Name, verdict, tt.want, tt.verdict)
			}
			if _, ok := VoiceFor(tt.locale, tt.voices); ok != (tt.verdict != VoiceNone) {
				t.Errorf("VoiceFor(%s) ok = %v; want %v", tt.locale, ok, tt.verdict != VoiceNone)
			}
		})
	}
}

// The verdicts are the values the fleet view accepts.
func TestVerdictsAreStatusVoices(t *testing.T) {
	for _, v := range []Verdict{VoiceGood, VoiceUnchecked, VoiceNone} {
		if v != "good" && v != "unchecked" && v != "none" {
			t.Errorf("verdict %q is not one of content.StatusVoices", v)
		}
	}
}

package a11y

import "strings"

// Verdict is what the voice self-test concludes about reading a language
// aloud. Its values are the ones a kiosk reports to the fleet view
// (content.StatusVoices).
type Verdict string

const (
	VoiceGood      Verdict = "good"      // a voice known to read the language well
	VoiceUnchecked Verdict = "unchecked" // a voice for it that neither list knows: used, to be checked by ear
	VoiceNone      Verdict = "none"      // no voice, or only voices known to be unintelligible
)

// rate places one voice for a language on the lists.
//
// Known bad, for Chinese only: eSpeak and eSpeak NG. Their Mandarin
// ("cmn") and Cantonese ("yue") voices read most characters as pinyin
// with tone numbers and skip symbols such as "¥": nobody understands
// them. They show up under speech-dispatcher as "… espeak-ng" (name and
// voiceURI) and, wherever else, by espeak's own tags: a bare cmn, yue or
// hak, or a romanised one (cmn-Latn-pinyin). Every other engine tags its
// Chinese voices with a region (zh-CN, cmn-TW, yue-HK).
//
// Known good, for Chinese: the engines whose Mandarin and Cantonese
// voices are real recordings or neural voices — Windows' Microsoft voices
// (Huihui, Yaoyao, Kangkang for zh-CN; Tracy, Danny for zh-HK; HanHan,
// Yating, Zhiwei for zh-TW; Edge's "Online (Natural)" ones), Chrome's
// Google voices (Google 普通话（中国大陆）, Google 粤語（香港）, Google
// 國語（臺灣）), Android's and ChromeOS's Google TTS ("Android Speech
// Recognition and Synthesis from Google cmn-CN-x-…", "Chrome OS 粵語 1")
// and Apple's (Ting-Ting, Sin-Ji, Mei-Jia, Li-Mu, Yu-Shu and the newer
// Lilian, Tiantian, Shasha, Lili, Aasing). For English every engine,
// eSpeak NG included, is intelligible: its English voices count as good.
func rate(locale string, v Voice) Verdict {
	chinese := strings.HasPrefix(locale, "zh")
	switch {
	case chinese && knownBadChinese(v):
		return VoiceNone
	case !chinese:
		return VoiceGood
	case knownGoodChinese(v):
		return VoiceGood
	}
	return VoiceUnchecked
}

func knownBadChinese(v Voice) bool {
	engine := strings.ToLower(v.Name + " " + v.URI)
	if strings.Contains(engine, "espeak") {
		return true
	}
	tag := normTag(v.Lang)
	switch tag {
	case "cmn", "yue", "hak", "nan", "zh-yue", "zh-min-nan", "zh-hak":
		return true
	}
	return strings.Contains(tag, "-latn")
}

// goodEngines start the names of voices from engines known to read
// Chinese well (lower case).
var goodEngines = []string{
	"microsoft ",
	"google ",
	"android speech recognition and synthesis from google",
	"chrome os ",
}

// appleChinese are Apple's Chinese voices, lower case without hyphens or
// spaces; a name may go on with " (Enhanced)" or " (Premium)".
var appleChinese = []string{
	"tingting", "sinji", "meijia", "limu", "yushu",
	"lilian", "tiantian", "shasha", "lili", "lisheng", "lanlan", "shanshan",
	"aasing", "binbin", "taotao", "bobo", "dongmei", "panpan", "haohao",
}

func knownGoodChinese(v Voice) bool {
	name := strings.ToLower(strings.TrimSpace(v.Name))
	for _, e := range goodEngines {
		if strings.HasPrefix(name, e) {
			return true
		}
	}
	base, _, _ := strings.Cut(name, "(")
	base = strings.NewReplacer("-", "", " ", "").Replace(base)
	for _, a := range appleChinese {
		if base == a {
			return true
		}
	}
	return false
}

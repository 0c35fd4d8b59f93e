package kiosk

import (
	"strings"
	"unicode"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Punctuation that joins spoken phrases. It shapes speech only; every word
// comes from the message files.
func listSep(locale string) string {
	if strings.HasPrefix(locale, "zh") {
		return "，"
	}
	return ", "
}

func sentenceSep(locale string) string {
	if strings.HasPrefix(locale, "zh") {
		return "。"
	}
	return ". "
}

// joinList joins the non-empty phrases into one spoken list.
func joinList(locale string, parts []string) string {
	var kept []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, strings.TrimRightFunc(s, isStop))
		}
	}
	return strings.Join(kept, listSep(locale))
}

func isStop(r rune) bool {
	return r == '.' || r == '。' || r == ':' || r == '：' || unicode.IsSpace(r)
}

// screenSpeech is what a screen says when it opens: its title, what it
// shows, then how many choices there are and each one.
func screenSpeech(locale string, v view) string {
	parts := append([]string{v.title}, v.say...)
	if n := len(v.choices); n > 0 {
		gap := " "
		if strings.HasPrefix(locale, "zh") {
			gap = ""
		}
		parts = append(parts, i18n.N(locale, i18n.ChoiceCount, n)+gap+joinList(locale, v.choices))
	}
	return sentences(locale, parts)
}

// screenParts is screenSpeech as utterances: a code to note (v.slow) is
// read slowly between what the screen shows and its choices.
func screenParts(locale string, v view) []a11y.Utterance {
	if v.slow == "" {
		return []a11y.Utterance{{Text: screenSpeech(locale, v), Rate: a11y.NormalRate}}
	}
	head, tail := v, view{choices: v.choices}
	head.choices = nil
	return []a11y.Utterance{
		{Text: screenSpeech(locale, head), Rate: a11y.NormalRate},
		{Text: v.slow, Rate: a11y.SlowRate},
		{Text: screenSpeech(locale, tail), Rate: a11y.NormalRate},
	}
}

// sentences joins phrases as sentences, each ending once.
func sentences(locale string, parts []string) string {
	var b strings.Builder
	end := strings.TrimSpace(sentenceSep(locale))
	for _, s := range parts {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasPrefix(locale, "zh") {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		if last, _ := lastRune(s); !strings.ContainsRune(".。!！?？:：…", last) {
			b.WriteString(end)
		}
	}
	return b.String()
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

// productWords is one price-check result as read: name, price, aisle.
func productWords(locale string, p content.Product) string {
	parts := []string{p.Name.In(locale), priceText(locale, p)}
	if p.Aisle != "" {
		parts = append(parts, i18n.T(locale, i18n.PriceAisle, "Aisle", p.Aisle))
	}
	return joinList(locale, parts)
}

// modeSay is a mode button as read: its name and whether it is on.
func modeSay(locale, name string, on bool) string {
	if on {
		return i18n.T(locale, i18n.ModeOnSay, "Mode", name)
	}
	return i18n.T(locale, i18n.ModeOffSay, "Mode", name)
}

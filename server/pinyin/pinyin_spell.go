package pinyin

import (
	"strings"
	"unicode"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// args spells each Han character in its most common reading, without tone
// marks, and ü as v, as pinyin keyboards and shoppers type it ("lvcha" for
// 绿茶). Characters the dictionary lacks are left out.
var args = gopinyin.Args{Style: gopinyin.Normal, Fallback: func(rune, gopinyin.Args) []string { return nil }}

// Spell returns s in pinyin: one lower-case word per Han character, and
// each run of other letters and digits kept as one lower-case word, all
// separated by single spaces. "新鲜草莓 500克" is "xin xian cao mei 500
// ke". Text with no Han character and no letter or digit is "".
//
// A character with several readings gets its most common one; phrases are
// not looked up, so 银行 is "yin xing". Shoppers see what matched, so a
// rare miss costs them one more key.
func Spell(s string) string {
	var words []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			words = append(words, strings.ToLower(run.String()))
			run.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			flush()
			if py := gopinyin.SinglePinyin(r, args); len(py) > 0 && py[0] != "" {
				words = append(words, toV(py[0]))
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			run.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, " ")
}

// HasHan reports whether s holds a Chinese (Han) character.
func HasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// toV writes ü as v, the letter every pinyin keyboard types for it.
func toV(s string) string { return strings.ReplaceAll(s, "ü", "v") }

// Initials returns the first letter of every word of a spelling, as
// shoppers type a name they know: "xin xian cao mei 500 ke" is "xxcm5k".
func Initials(spelling string) string {
	var b strings.Builder
	for _, w := range strings.Fields(spelling) {
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return b.String()
}

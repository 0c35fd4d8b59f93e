package a11y

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MoneyWords is an amount of the store's currency, in fen (cents), as a
// speech engine should read it: "二十九元九角" (zh-Hans) and "二十九元九角"
// (zh-Hant: 萬, 億, 兩) for 29.90, "29 yuan 90" (en). Engines read "¥" as
// nothing at all or as a symbol's name, and "29.90" as "twenty-nine point
// nine zero", which is not how anyone says a price.
func MoneyWords(locale string, fen int64) string {
	if fen < 0 {
		fen = -fen // prices are never negative; read the amount anyway
	}
	yuan, jiao, f := fen/100, fen/10%10, fen%10
	if !strings.HasPrefix(locale, "zh") {
		if fen%100 == 0 {
			return strconv.FormatInt(yuan, 10) + " yuan"
		}
		return strconv.FormatInt(yuan, 10) + " yuan " + strconv.FormatInt(jiao, 10) + strconv.FormatInt(f, 10)
	}
	n := numerals(locale)
	if fen == 0 {
		return n.digits[0] + "元"
	}
	var b strings.Builder
	if yuan > 0 {
		b.WriteString(n.measure(yuan))
		b.WriteString("元")
	}
	if jiao > 0 {
		b.WriteString(n.measure(jiao))
		b.WriteString("角")
	}
	if f > 0 {
		if jiao == 0 && yuan > 0 {
			b.WriteString(n.digits[0]) // 十元零五分
		}
		b.WriteString(n.measure(f))
		b.WriteString("分")
	}
	return b.String()
}

// chinese are the characters one script writes numbers with.
type chinese struct {
	digits [10]string
	two    string    // 两/兩: 2 before a measure word, and leading 百, 千, 万
	units  [4]string // within a group of four digits: ones, 十, 百, 千
	groups []string  // groups of four digits: ones, 万, 亿 (and 万亿)
}

var (
	hans = chinese{
		digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		two:    "两", units: [4]string{"", "十", "百", "千"}, groups: []string{"", "万", "亿", "万亿"},
	}
	hant = chinese{
		digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		two:    "兩", units: [4]string{"", "十", "百", "千"}, groups: []string{"", "萬", "億", "萬億"},
	}
)

func numerals(locale string) chinese {
	if locale == "zh-Hant" {
		return hant
	}
	return hans
}

// measure is n before a measure word (元, 角, 分): 2 alone is 两 there.
func (c chinese) measure(n int64) string {
	if n == 2 {
		return c.two
	}
	return c.number(n)
}

// number writes n in Chinese numerals: 10 → 十, 110 → 一百一十,
// 1001 → 一千零一, 12345 → 一万二千三百四十五, 20000 → 两万. Beyond the largest group
// it falls back to Arabic digits, which every engine reads.
func (c chinese) number(n int64) string {
	if n == 0 {
		return c.digits[0]
	}
	var groups []int64
	for m := n; m > 0; m /= 10000 {
		groups = append(groups, m%10000)
	}
	if len(groups) > len(c.groups) {
		return strconv.FormatInt(n, 10)
	}
	var b strings.Builder
	zero := false // a gap of zeros waits to be read as one 零
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			zero = b.Len() > 0
			continue
		}
		if b.Len() > 0 && g < 1000 {
			zero = true // 一万零五百
		}
		for place := 3; place >= 0; place-- {
			d := g / pow10[place] % 10
			if d == 0 {
				if b.Len() > 0 {
					zero = true
				}
				continue
			}
			if zero {
				b.WriteString(c.digits[0])
				zero = false
			}
			switch {
			case d == 1 && place == 1 && b.Len() == 0:
				// 十五, not 一十五, at the very start only: 一百一十.
			case d == 2 && b.Len() == 0 && (place >= 2 || place == 0 && i > 0):
				b.WriteString(c.two) // 两百, 两千, 两万 as people say them
			default:
				b.WriteString(c.digits[d])
			}
			b.WriteString(c.units[place])
		}
		b.WriteString(c.groups[i])
		zero = false // a group's own trailing zeros are not read: 二十万
	}
	return b.String()
}

var pow10 = [4]int64{1, 10, 100, 1000}

// SpeakMoney rewrites every amount written with a yuan sign in text
// ("¥29.90", "￥5", "¥1,299.00") as MoneyWords, so nothing the kiosk says
// reaches a speech engine as a symbol: prices the kiosk formats and
// prices the store typed into an offer alike. A sign without a number is
// read as the currency's name.
func SpeakMoney(locale, text string) string {
	if !strings.ContainsAny(text, "¥￥") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '¥' && r != '￥' {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		i += size
		for i < len(text) && text[i] == ' ' {
			i++
		}
		fen, n, ok := parseAmount(text[i:])
		if !ok {
			if strings.HasPrefix(locale, "zh") {
				b.WriteString("元")
			} else {
				b.WriteString("yuan ")
			}
			continue
		}
		b.WriteString(MoneyWords(locale, fen))
		i += n
	}
	return b.String()
}

// parseAmount reads an amount at the start of s: digits, commas between
// groups of three, and up to two decimals. It returns the amount in fen
// and how many bytes it took.
func parseAmount(s string) (fen int64, n int, ok bool) {
	var yuan int64
	digits := 0
	for n < len(s) {
		c := s[n]
		switch {
		case c >= '0' && c <= '9':
			if yuan > 1e15 {
				return 0, 0, false
			}
			yuan = yuan*10 + int64(c-'0')
			digits++
			n++
			continue
		case c == ',' && digits > 0 && isDigits(s[n+1:min(n+4, len(s))], 3):
			n++
			continue
		}
		break
	}
	if digits == 0 {
		return 0, 0, false
	}
	fen = yuan * 100
	if n+1 < len(s) && s[n] == '.' && isDigits(s[n+1:n+2], 1) {
		fen += int64(s[n+1]-'0') * 10
		n += 2
		if n < len(s) && isDigits(s[n:n+1], 1) {
			fen += int64(s[n] - '0')
			n++
		}
	}
	return fen, n, true
}

func isDigits(s string, want int) bool {
	if len(s) != want {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

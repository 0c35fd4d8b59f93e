package a11y

import "strings"

// Spell turns a code into text a speech engine reads one character at a
// time, in its groups: "7KQ2-M9XD" → "7 K Q 2, M 9 X D". Letters and digits
// are kept; dashes and spaces separate groups. Read it slowly (SlowRate).
func Spell(code string) string {
	groups := strings.FieldsFunc(code, func(r rune) bool { return r == '-' || r == ' ' })
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		out = append(out, strings.Join(strings.Split(g, ""), " "))
	}
	return strings.Join(out, ", ")
}

// Speech rates for SpeechSynthesisUtterance.rate.
const (
	NormalRate = 1.0
	SlowRate   = 0.7 // codes and numbers a shopper has to note
)

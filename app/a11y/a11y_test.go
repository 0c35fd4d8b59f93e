package a11y

import "testing"

func TestNextFocus(t *testing.T) {
	tests := []struct {
		name          string
		m             Move
		cur, after, n int
		want          int
	}{
		{"next", MoveNext, 1, 0, 4, 2},
		{"next wraps", MoveNext, 3, 0, 4, 0},
		{"prev", MovePrev, 2, 0, 4, 1},
		{"prev wraps", MovePrev, 0, 0, 4, 3},
		{"from heading, next is the item after it", MoveNext, -1, 2, 5, 2},
		{"from heading, prev is the item before it", MovePrev, -1, 2, 5, 1},
		{"from the end of the page, next wraps", MoveNext, -1, 5, 5, 0},
		{"from the top, prev wraps", MovePrev, -1, 0, 5, 4},
		{"first", MoveFirst, 3, 0, 5, 0},
		{"last", MoveLast, 0, 0, 5, 4},
		{"no items", MoveNext, -1, 0, 0, -1},
		{"no move", MoveNone, 1, 0, 3, -1},
	}
	for _, tt := range tests {
		if got := NextFocus(tt.m, tt.cur, tt.after, tt.n); got != tt.want {
			t.Errorf("%s: NextFocus(%v, %d, %d, %d) = %d; want %d", tt.name, tt.m, tt.cur, tt.after, tt.n, got, tt.want)
		}
	}
}

func TestMoveFor(t *testing.T) {
	tests := []struct {
		key    string
		inText bool
		want   Move
	}{
		{"ArrowDown", false, MoveNext}, {"ArrowDown", true, MoveNext},
		{"ArrowUp", true, MovePrev}, {"ArrowRight", false, MoveNext},
		{"ArrowRight", true, MoveNone}, {"ArrowLeft", true, MoveNone},
		{"Home", false, MoveFirst}, {"End", true, MoveNone},
		{"Enter", false, MoveNone}, {"a", false, MoveNone},
	}
	for _, tt := range tests {
		if got := MoveFor(tt.key, tt.inText); got != tt.want {
			t.Errorf("MoveFor(%q, %v) = %v; want %v", tt.key, tt.inText, got, tt.want)
		}
	}
}

func TestSpell(t *testing.T) {
	tests := map[string]string{
		"7KQ2-M9XD": "7 K Q 2, M 9 X D",
		"ABCD EFGH": "A B C D, E F G H",
		"12":        "1 2",
		"":          "",
		"--A--":     "A",
	}
	for in, want := range tests {
		if got := Spell(in); got != want {
			t.Errorf("Spell(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestSpeechLang(t *testing.T) {
	for locale, want := range map[string]string{"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "en": "en-US", "xx": "en-US"} {
		if got := SpeechLang(locale); got != want {
			t.Errorf("SpeechLang(%s) = %s; want %s", locale, got, want)
		}
	}
}

package pinyin

import "testing"

func TestSpell(t *testing.T) {
	tests := []struct {
		in, spell, initials string
	}{
		{"草莓", "cao mei", "cm"},
		{"新鲜草莓 500克", "xin xian cao mei 500 ke", "xxcm5k"},
		{"新鮮草莓 500克", "xin xian cao mei 500 ke", "xxcm5k"}, // traditional characters too
		{"绿茶 250克", "lv cha 250 ke", "lc2k"},
		{"矿泉水 550毫升×12", "kuang quan shui 550 hao sheng 12", "kqs5hs1"},
		{"Fuji 苹果", "fuji ping guo", "fpg"},
		{"Organic milk 1 l", "organic milk 1 l", "om1l"},
		{"", "", ""},
		{"…！", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Spell(tt.in)
			if got != tt.spell {
				t.Errorf("Spell(%q) = %q; want %q", tt.in, got, tt.spell)
			}
			if got := Initials(got); got != tt.initials {
				t.Errorf("Initials(%q) = %q; want %q", tt.spell, got, tt.initials)
			}
		})
	}
}

func BenchmarkSpell(b *testing.B) {
	for b.Loop() {
		Spell("新鲜草莓 500克")
	}
}

package live

import "testing"

func TestPositionReadsOnlyTheHead(t *testing.T) {
	tests := []struct {
		text  string
		epoch string
		seq   uint64
	}{
		{`{"epoch":"e1","seq":7,"snapshot":{"promotions":[]}}`, "e1", 7},
		// The rest is not read: a state cut after its head still has one
		// (Boot then finds it damaged when it decodes it whole).
		{`{"epoch":"e1","seq":7,"snapshot":{"promo`, "e1", 7},
		{`{"seq":3,"epoch":"e2"}`, "e2", 3},
		{`{"snapshot":{},"epoch":"e3","seq":4}`, "e3", 4},
		{``, "", 0},
		{`null`, "", 0},
		{`[1,2]`, "", 0},
		{`{"epoch":5,"seq":1}`, "", 0},
		{`{"epoch":"e1","seq":-1}`, "", 0},
		{`{corrupt`, "", 0},
	}
	for _, tt := range tests {
		if got := position(tt.text); got.Epoch != tt.epoch || got.Seq != tt.seq {
			t.Errorf("position(%q) = %q, %d; want %q, %d", tt.text, got.Epoch, got.Seq, tt.epoch, tt.seq)
		}
	}
}

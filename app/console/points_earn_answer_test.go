package console

import (
	"strings"
	"testing"

	"storecast/app/rest"
)

func TestEarnAnswer(t *testing.T) {
	entry := rest.PointsEntry{Kind: rest.PointsEarn, Points: 200, Key: "R-1"}
	tests := []struct {
		name   string
		posted rest.PointsPosted
		kind   string
		says   string
	}{
		{"earned", rest.PointsPosted{Entry: entry, Balance: 450}, earnEarned, "Added 200 points"},
		{"a repeated receipt", rest.PointsPosted{Entry: entry, Balance: 450, Replayed: true}, earnReplayed, "Already recorded"},
		{"head office away", rest.PointsPosted{Entry: rest.PointsEntry{Key: "R-1"}, Queued: true}, earnQueued, "will be added when it is back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := EarnAnswer("en", tt.posted)
			if a.Kind != tt.kind || !strings.Contains(a.Headline, tt.says) {
				t.Errorf("answer = %s %q; want %s %q", a.Kind, a.Headline, tt.kind, tt.says)
			}
			if all := strings.Join(a.Details, " "); !strings.Contains(all, "R-1") || tt.posted.Queued && strings.Contains(all, "Balance") {
				t.Errorf("details = %q; want the receipt, and no balance while queued", all)
			}
		})
	}
}

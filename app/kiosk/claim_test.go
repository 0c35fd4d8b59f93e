package kiosk

import (
	"testing"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Every answer to a claim is either a coupon or a message with a way on.
func TestClaimProblem(t *testing.T) {
	ok := content.Coupon{Code: "SC-7KQ2-M9XD-4TZP"}
	tests := []struct {
		name  string
		a     claimAnswer
		want  string
		retry bool
	}{
		{"coupon", claimAnswer{status: 201, coupon: ok}, "", false},
		{"no answer", claimAnswer{failed: true}, i18n.CouponOffline, true},
		{"sold out", claimAnswer{status: 409, code: "sold_out"}, i18n.CouponSoldOut, false},
		{"per-device limit", claimAnswer{status: 409, code: "device_limit"}, i18n.CouponLimit, false},
		{"not claimable", claimAnswer{status: 409, code: "not_claimable"}, i18n.CouponNotNow, false},
		{"unknown campaign", claimAnswer{status: 422, code: "invalid"}, i18n.CouponNotNow, false},
		{"throttled", claimAnswer{status: 429, code: "throttled"}, i18n.CouponBusy, true},
		{"server error", claimAnswer{status: 500}, i18n.CouponOffline, true},
		{"created without a code", claimAnswer{status: 201}, i18n.CouponOffline, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, retry := claimProblem(tt.a)
			if id != tt.want || retry != tt.retry {
				t.Errorf("claimProblem = %q, %v; want %q, %v", id, retry, tt.want, tt.retry)
			}
		})
	}
}

func TestClaimAnsweredQR(t *testing.T) {
	var c claimState
	c.answered(claimAnswer{status: 201, coupon: content.Coupon{Code: "SC-7KQ2-M9XD-4TZP"}, qr: "https://elsewhere.example/x.png"})
	if c.coupon == nil || c.qr != "/c/SC-7KQ2-M9XD-4TZP/qr.png" || c.busy {
		t.Errorf("answered = %+v; want the coupon with its own QR path", c)
	}
}

// A screen with a code says it slowly, between what it shows and its choices.
func TestScreenPartsReadsCodeSlowly(t *testing.T) {
	v := view{title: "Your coupon", say: []string{"10% off fruit"}, slow: "Coupon code: S C, 7 K Q 2",
		choices: []string{"Read the code again", "Done"}}
	got := screenParts("en", v)
	want := []a11y.Utterance{
		{Text: "Your coupon. 10% off fruit.", Rate: a11y.NormalRate},
		{Text: "Coupon code: S C, 7 K Q 2", Rate: a11y.SlowRate},
		{Text: "2 choices: Read the code again, Done.", Rate: a11y.NormalRate},
	}
	if len(got) != len(want) {
		t.Fatalf("screenParts = %+v; want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("part %d = %+v; want %+v", i, got[i], want[i])
		}
	}
	v.slow = ""
	if got := screenParts("en", v); len(got) != 1 || got[0].Text != screenSpeech("en", v) {
		t.Errorf("without a code = %+v; want the screen in one", got)
	}
	if got := codeSpeech("zh-Hans", "SC-7KQ2"); got != "券码：S C, 7 K Q 2" {
		t.Errorf("codeSpeech(zh-Hans) = %q", got)
	}
}

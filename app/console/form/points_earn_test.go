package form

import (
	"strings"
	"testing"
	"time"

	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestPointsEarnDraftInput(t *testing.T) {
	code := "PT0123456789ABCDEFGHJKMNPQRSTVWXYZ0123456"
	tests := []struct {
		name  string
		draft PointsEarnDraft
		want  string
	}{
		{"scanned with spaces, lower case", PointsEarnDraft{MemberCode: " pt0123 456789abcdefghjkmnpqrstvwxyz0123456 ", ReceiptID: "R-1", Amount: "100"}, ""},
		{"not a member code", PointsEarnDraft{MemberCode: "SC-7KQ2-M9XD-4TZP", ReceiptID: "R-1", Amount: "100"}, "member_code=" + i18n.ConsoleErrMemberCode},
		{"no receipt", PointsEarnDraft{MemberCode: code, Amount: "100"}, "receipt_id=" + i18n.ConsoleErrReceiptID},
		{"no amount", PointsEarnDraft{MemberCode: code, ReceiptID: "R-1"}, "amount_fen=" + i18n.ConsoleErrPriceEmpty},
		{"zero amount", PointsEarnDraft{MemberCode: code, ReceiptID: "R-1", Amount: "0.00"}, "amount_fen=" + i18n.ConsoleErrPriceRange},
		{"comma", PointsEarnDraft{MemberCode: code, ReceiptID: "R-1", Amount: "12,50"}, "amount_fen=" + i18n.ConsoleErrPriceFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ps := tt.draft.Input()
			if problemIDs(ps) != tt.want {
				t.Fatalf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
			if tt.want == "" && (in.MemberCode != code || in.AmountFen != 10000 || in.ReceiptID != "R-1") {
				t.Errorf("Input = %+v; want %s, R-1, 10000 fen", in, code)
			}
		})
	}
}

func TestRefusedEarn(t *testing.T) {
	tests := []struct {
		detail rest.ErrorDetail
		want   string
	}{
		{rest.ErrorDetail{Code: "invalid", Field: "member_code"}, "member_code=" + i18n.ConsoleErrMemberCode},
		{rest.ErrorDetail{Code: "not_found"}, "member_code=" + i18n.ConsoleErrNoMember},
		{rest.ErrorDetail{Code: "invalid", Field: "campaign"}, "campaign=" + i18n.ConsoleErrPointsNotRunning},
		{rest.ErrorDetail{Code: "key_reused"}, "receipt_id=" + i18n.ConsoleErrReceiptReused},
		{rest.ErrorDetail{Code: "hq_unreachable"}, "=" + i18n.ConsoleErrHQUnreachable},
	}
	for _, tt := range tests {
		if got := problemIDs(RefusedEarn(tt.detail, 409, 0)); got != tt.want {
			t.Errorf("RefusedEarn(%+v) = %q; want %q", tt.detail, got, tt.want)
		}
	}
}

func TestRunningCampaigns(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	r := rest.PointsRules{Campaigns: []rest.PointsCampaign{
		{ID: "over", From: now.Add(-48 * time.Hour), To: now.Add(-time.Hour)},
		{ID: "spring", From: now.Add(-time.Hour), To: now.Add(time.Hour)},
		{ID: "starts-now", From: now, To: now.Add(time.Hour)},
		{ID: "ends-now", From: now.Add(-time.Hour), To: now},
		{ID: "later", From: now.Add(time.Hour), To: now.Add(2 * time.Hour)},
	}}
	var got []string
	for _, c := range RunningCampaigns(r, now) {
		got = append(got, c.ID)
	}
	if strings.Join(got, " ") != "spring starts-now" {
		t.Errorf("running = %v; want spring and starts-now", got)
	}
}

package form

import (
	"strings"
	"time"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsEarnDraft is the till's earn form, as typed or scanned: the
// member's code, the receipt's id (the earn's idempotency key: the same
// receipt earns once), its amount in yuan and the points campaign it is
// part of ("": none).
type PointsEarnDraft struct{ MemberCode, ReceiptID, Amount, Campaign string }

// PointsEarnFields is the earn form's field order.
var PointsEarnFields = []string{"member_code", "receipt_id", "amount_fen", "campaign", ""}

// RunningCampaigns are the rules' campaigns a till may name at t.
func RunningCampaigns(r rest.PointsRules, t time.Time) []rest.PointsCampaign {
	var out []rest.PointsCampaign
	for _, c := range r.Campaigns {
		if !t.Before(c.From) && t.Before(c.To) {
			out = append(out, c)
		}
	}
	return out
}

// Longest receipt id the server keeps.
const maxReceiptID = 64

// MemberCode tidies a typed or scanned member code: a scanner may add
// spaces, a person may type lower case.
func MemberCode(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(strings.Map(halfWidth, s)), ""))
}

// CheckMemberCode: a member code is PT and letters and digits.
func CheckMemberCode(ps Problems, code string) {
	if !strings.HasPrefix(code, "PT") || len(code) < 10 {
		ps["member_code"] = problem(i18n.ConsoleErrMemberCode)
	}
}

// Input checks the form and builds the earn.
func (f PointsEarnDraft) Input() (rest.PointsEarnInput, Problems) {
	ps := Problems{}
	in := rest.PointsEarnInput{MemberCode: MemberCode(f.MemberCode), ReceiptID: strings.TrimSpace(f.ReceiptID), Campaign: f.Campaign}
	CheckMemberCode(ps, in.MemberCode)
	if in.ReceiptID == "" || len(in.ReceiptID) > maxReceiptID {
		ps["receipt_id"] = problem(i18n.ConsoleErrReceiptID, "Max", maxReceiptID)
	}
	fen, err := ParseYuan(f.Amount)
	switch {
	case err != nil:
		ps["amount_fen"] = priceProblem(err)
	case fen == 0:
		ps["amount_fen"] = problem(i18n.ConsoleErrPriceRange)
	}
	in.AmountFen = fen
	if len(ps) > 0 {
		return rest.PointsEarnInput{}, ps
	}
	return in, nil
}

// RefusedEarn says the server's refusal of an earn, or of a member
// lookup, in the till's words.
func RefusedEarn(d rest.ErrorDetail, status, retryAfter int) Problems {
	switch {
	case d.Code == "invalid" && d.Field == "member_code":
		return Problems{"member_code": problem(i18n.ConsoleErrMemberCode)}
	case d.Code == "invalid" && d.Field == "receipt_id":
		return Problems{"receipt_id": problem(i18n.ConsoleErrReceiptID, "Max", maxReceiptID)}
	case d.Code == "invalid" && d.Field == "amount_fen":
		return Problems{"amount_fen": problem(i18n.ConsoleErrPriceRange)}
	case d.Code == "invalid" && d.Field == "campaign":
		return Problems{"campaign": problem(i18n.ConsoleErrPointsNotRunning)}
	case d.Code == "not_found":
		return Problems{"member_code": problem(i18n.ConsoleErrNoMember)}
	case d.Code == "key_reused":
		return Problems{"receipt_id": problem(i18n.ConsoleErrReceiptReused)}
	}
	return Refused(d, status, retryAfter)
}

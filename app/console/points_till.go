package console

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsTill earns a member points for a receipt: the member's code
// (scanned from their phone, or typed), the receipt's id and amount. The
// receipt id is the earn's key, so a second tap or a retry earns once and
// says so. A member's points coupon is redeemed at the coupon till.
type PointsTill struct {
	app.Compo
	API    *client.Client
	Locale string

	draft    form.PointsEarnDraft
	running  []rest.PointsCampaign // the rules' campaigns running when the till opened
	answer   *RedeemAnswer
	busy     bool
	problems form.Problems
}

const ptEarnForm = "pt-earn"

var earnFields = []string{"member_code", "receipt_id", "amount_fen"}

func (v *PointsTill) OnMount(ctx app.Context) {
	focusField(ctx, ptEarnForm, "member_code")
	// Without the rules the till still earns, at the base rate.
	ctx.Async(func() {
		r, err := v.API.PointsRules(ctx)
		if err == nil {
			ctx.Dispatch(func(app.Context) { v.running = form.RunningCampaigns(r, time.Now()) })
		}
	})
}

func (v *PointsTill) submit(ctx app.Context) {
	if v.busy {
		return
	}
	// A scanner presses Enter after the code: go on to the receipt.
	if strings.TrimSpace(v.draft.ReceiptID) == "" && strings.TrimSpace(v.draft.Amount) == "" && strings.TrimSpace(v.draft.MemberCode) != "" {
		v.problems = nil
		focusField(ctx, ptEarnForm, "receipt_id")
		return
	}
	in, ps := v.draft.Input()
	if len(ps) > 0 {
		v.show(ctx, ps)
		return
	}
	v.answer = nil
	saveThen(ctx, &v.busy, func() (rest.PointsPosted, error) { return v.API.EarnPoints(ctx, in) },
		func(ctx app.Context, err error) { v.show(ctx, problemsOf(err, form.RefusedEarn)) },
		func(ctx app.Context, p rest.PointsPosted) {
			a := EarnAnswer(v.Locale, p)
			// The campaign stays chosen: it is the till's, not the member's.
			v.answer, v.problems, v.draft = &a, nil, form.PointsEarnDraft{Campaign: v.draft.Campaign}
			clearFields(ctx, ptEarnForm, earnFields...)
			focusField(ctx, ptEarnForm, "member_code")
		})
}

func (v *PointsTill) show(ctx app.Context, ps form.Problems) {
	v.problems = ps
	if f, ok := ps.First(form.PointsEarnFields...); ok && f != "" {
		focusField(ctx, ptEarnForm, f)
	}
}

func (v *PointsTill) Render() app.UI {
	l := v.Locale
	f := func(name, label, hint string) field {
		return field{Form: ptEarnForm, Name: name, Label: label, Hint: hint, Err: v.problems.In(l, name), Required: true}
	}
	return app.Div().Class("cs-pt-till").Body(
		app.H2().Text(i18n.T(l, i18n.ConsolePtTill)),
		app.Form().ID(ptEarnForm).Class("cs-form cs-redeem-form").Attr("novalidate", true).OnSubmit(onSubmit(v.submit)).Body(
			memberCodeInput(f("member_code", i18n.T(l, i18n.ConsolePtMemberCode), i18n.T(l, i18n.ConsolePtMemberCodeHint)),
				v.draft.MemberCode, v.ValueTo(&v.draft.MemberCode)),
			app.Div().Class("cs-row").Body(
				withAuto(f("receipt_id", i18n.T(l, i18n.ConsolePtReceipt), i18n.T(l, i18n.ConsolePtReceiptHint)), "off").
					input("text", v.draft.ReceiptID, v.ValueTo(&v.draft.ReceiptID)),
				f("amount_fen", i18n.T(l, i18n.ConsolePtAmount), i18n.T(l, i18n.ConsolePtAmountHint)).decimal(v.draft.Amount, v.ValueTo(&v.draft.Amount)),
			),
			app.If(len(v.running) > 0, func() app.UI {
				return f("campaign", i18n.T(l, i18n.ConsolePtTillCampaign), i18n.T(l, i18n.ConsolePtTillCampaignHint)).
					radios(v.draft.Campaign, v.campaignOptions(), func(id string) app.EventHandler {
						return func(ctx app.Context, e app.Event) { v.draft.Campaign = id }
					})
			}),
			submit(i18n.T(l, i18n.ConsolePtEarn), v.busy),
		),
		formErr(v.problems.In(l, "")),
		app.Div().Class("cs-redeem-slot").Attr("role", "alert").Body(
			app.If(v.answer != nil, func() app.UI { return v.answer.View() }),
		),
		app.Div().Class("cs-pt-redeem").Body(
			app.P().ID("pt-to-redeem-hint").Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtCouponHint)),
			app.A().ID("pt-to-redeem").Class("cs-btn").Href(PathRedeem).Aria("describedby", "pt-to-redeem-hint").
				Text(i18n.T(l, i18n.ConsolePtToRedeem)),
		),
	)
}

// campaignOptions are "none" and the running campaigns, by id.
func (v *PointsTill) campaignOptions() [][2]string {
	opts := [][2]string{{"", i18n.T(v.Locale, i18n.ConsolePtTillNoCampaign)}}
	for _, c := range v.running {
		opts = append(opts, [2]string{c.ID, c.ID + " ×" + strconv.FormatFloat(float64(c.Percent)/100, 'f', -1, 64)})
	}
	return opts
}

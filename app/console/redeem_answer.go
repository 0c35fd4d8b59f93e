package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// RedeemAnswer is how the till shows one redemption: a big headline and an
// icon that say it without colour, and the details the cashier needs.
type RedeemAnswer struct {
	Kind     string // the outcome; also the CSS class's suffix
	Icon     string
	Headline string
	Details  []string
}

// Answer says a redemption's outcome in locale. code is what was typed.
func Answer(l string, r rest.Redemption, code string) RedeemAnswer {
	a := RedeemAnswer{Kind: r.Outcome}
	shown := code
	if r.Coupon != nil && r.Coupon.Code != "" {
		shown = r.Coupon.Code
	}
	switch r.Outcome {
	case rest.OutcomeRedeemed:
		a.Icon, a.Headline = "✓", i18n.T(l, i18n.ConsoleRedeemOK)
		if c := r.Coupon; c != nil {
			a.Details = appendText(a.Details, c.Title.In(l), c.Offer.In(l))
		}
	case rest.OutcomeAlreadyRedeemed:
		a.Icon, a.Headline = "✗", i18n.T(l, i18n.ConsoleRedeemAlready)
		if c := r.Coupon; c != nil {
			a.Details = appendText(a.Details, c.Title.In(l))
			if c.RedeemedAt != nil {
				a.Details = append(a.Details, i18n.T(l, i18n.ConsoleRedeemAlreadyWhen, "When", stamp(l, *c.RedeemedAt), "Who", c.RedeemedBy))
			}
		}
	case rest.OutcomeExpired:
		a.Icon, a.Headline = "⌛", i18n.T(l, i18n.ConsoleRedeemExpired)
		if c := r.Coupon; c != nil {
			a.Details = appendText(a.Details, c.Title.In(l))
			if !c.ExpiresAt.IsZero() {
				a.Details = append(a.Details, i18n.T(l, i18n.ConsoleRedeemExpiredWhen, "When", stamp(l, c.ExpiresAt)))
			}
		}
	case rest.OutcomeVoid:
		a.Icon, a.Headline = "⊘", i18n.T(l, i18n.ConsoleRedeemVoid)
		if c := r.Coupon; c != nil {
			a.Details = appendText(a.Details, c.Title.In(l))
		}
	case rest.OutcomeUnreachable:
		a.Icon, a.Headline = "⚠", i18n.T(l, i18n.ConsoleRedeemUnreachable)
		a.Details = append(a.Details, i18n.T(l, i18n.ConsoleRedeemUnreachableHelp))
	default:
		a.Kind, a.Icon, a.Headline = rest.OutcomeInvalid, "?", i18n.T(l, i18n.ConsoleRedeemInvalid)
		a.Details = append(a.Details, i18n.T(l, i18n.ConsoleRedeemInvalidHelp))
	}
	if shown != "" {
		a.Details = append(a.Details, i18n.T(l, i18n.ConsoleRedeemCodeWas, "Code", shown))
	}
	return a
}

// View shows the answer: the headline with its icon, then the details.
// The till's points answers (EarnAnswer) look the same.
func (a RedeemAnswer) View() app.UI {
	return app.Div().Class("cs-redeem-out is-"+a.Kind).DataSet("outcome", a.Kind).Body(
		app.P().Class("cs-redeem-head").Body(
			app.Span().Class("cs-redeem-icon").Aria("hidden", "true").Text(a.Icon),
			app.Span().Class("cs-redeem-text").Text(a.Headline),
		),
		app.Range(a.Details).Slice(func(i int) app.UI {
			return app.P().Class("cs-redeem-detail").Text(a.Details[i])
		}),
	)
}

func appendText(out []string, texts ...string) []string {
	for _, t := range texts {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// renderLinks lists the links nobody has used yet, each with a revoke
// that asks first.
func (p *EnrolForm) renderLinks() app.UI {
	l := p.Locale
	return app.Div().Class("cs-enrol-links").Body(
		app.H3().Text(i18n.T(l, i18n.ConsoleEnrolPending)),
		app.If(len(p.links) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleEnrolNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(p.links).Slice(func(i int) app.UI {
			return app.Li().Body(p.linkCard(p.links[i]))
		})),
	)
}

func (p *EnrolForm) linkCard(k rest.EnrolmentLink) app.UI {
	l := p.Locale
	kind := i18n.T(l, i18n.ConsoleKindSignage)
	if k.Kind == "kiosk" {
		kind = i18n.T(l, i18n.ConsoleKindKiosk)
	}
	meta := kind
	if len(k.Groups) > 0 {
		meta += " · " + strings.Join(k.Groups, ", ")
	}
	return app.Article().Class("cs-card cs-enrol-link").DataSet("id", k.ID).Body(
		app.Div().Class("cs-card-head").Body(app.P().Class("cs-card-title").Text(k.Name)),
		app.P().Class("cs-meta").Text(meta),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleEnrolUntil, "Date", stamp(l, k.ExpiresAt))),
		app.Div().Class("cs-actions").Body(
			button("danger", i18n.T(l, i18n.ConsoleRevoke), false, func(ctx app.Context, e app.Event) {
				p.confirm = k.ID
			}).Aria("label", i18n.T(l, i18n.ConsoleEnrolRevokeNamed, "Name", k.Name)),
		),
		app.If(p.confirm == k.ID, func() app.UI {
			return confirmBox(l, i18n.T(l, i18n.ConsoleEnrolRevokeConfirm, "Name", k.Name),
				i18n.T(l, i18n.ConsoleRevokeYes), p.busy == k.ID, p.revoke(k.ID), &p.confirm)
		}),
	)
}

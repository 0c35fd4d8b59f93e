package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// campaignPoll is how often the open campaigns list refreshes its reports.
const campaignPoll = 3 * time.Second

// Campaigns lists the coupon campaigns with their live reports and opens
// the editor for a new or an existing one.
type Campaigns struct {
	app.Compo
	API    *client.Client
	Locale string

	list    []rest.CampaignWithReport
	loaded  bool
	editing *rest.CampaignWithReport // nil: the list; ID "": a new one
	problem form.Problem
	note    string
	stop    chan struct{}
}

func (v *Campaigns) OnMount(ctx app.Context) {
	v.stop = make(chan struct{})
	stop := v.stop
	ctx.Async(func() {
		t := time.NewTicker(campaignPoll)
		defer t.Stop()
		for {
			cs, err := v.API.Campaigns(ctx)
			ctx.Dispatch(func(app.Context) {
				v.loaded = true
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.list, v.problem = cs, form.Problem{}
			})
			select {
			case <-stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
}

// OnDismount stops the polling: nobody is looking.
func (v *Campaigns) OnDismount() {
	if v.stop != nil {
		close(v.stop)
		v.stop = nil
	}
}

func (v *Campaigns) open(c rest.CampaignWithReport) app.EventHandler {
	return func(ctx app.Context, e app.Event) { v.editing, v.note = &c, "" }
}

func (v *Campaigns) saved(ctx app.Context, c content.Campaign) {
	v.editing = nil
	v.note = i18n.T(v.Locale, i18n.ConsoleSaved, "Title", c.Title.In(v.Locale))
	focusID(ctx, "cs-view-title")
}

func (v *Campaigns) closed(ctx app.Context) {
	v.editing = nil
	focusID(ctx, "cs-view-title")
}

func (v *Campaigns) Render() app.UI {
	l := v.Locale
	if v.editing != nil {
		return &CampaignEditor{API: v.API, Locale: l, Campaign: *v.editing, OnSaved: v.saved, OnClose: v.closed}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavCoupons)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleCampaignNew), false, v.open(rest.CampaignWithReport{})).ID("campaign-new"),
		),
		app.If(v.loaded && len(v.list) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleCampaignNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
	)
}

func (v *Campaigns) card(c rest.CampaignWithReport) app.UI {
	l := v.Locale
	title := c.Title.In(l)
	r := c.Report
	return app.Article().Class("cs-card cs-campaign-card is-"+c.Status).DataSet("id", c.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H2().Class("cs-card-title").Text(title),
			app.Span().Class("cs-badge cs-campaign-status").Text(i18n.T(l, statusLabel(c.Status))),
		),
		app.If(c.Offer.In(l) != "", func() app.UI { return app.P().Text(c.Offer.In(l)) }),
		app.P().Class("cs-campaign-report").Text(i18n.T(l, i18n.ConsoleCampaignReport,
			"Claimed", r.Claimed, "Quantity", c.Quantity, "Redeemed", r.Redeemed, "Expired", r.Expired, "Rate", ratePercent(r.Rate))),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleCampaignLimits,
			"PerDevice", c.PerDevice, "Window", durationText(l, c.WindowMinutes), "Validity", durationText(l, c.CouponMinutes))),
		app.P().Class("cs-meta").Text(campaignValidity(l, c.Campaign)),
		// Head office's campaigns are read-only here (409 from_hq).
		app.If(c.FromHQ, func() app.UI {
			return app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleFromHQ))
		}).Else(func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("", i18n.T(l, i18n.ConsoleEdit), false, v.open(c)).Aria("label", i18n.T(l, i18n.ConsoleEditNamed, "Name", title)),
			)
		}),
	)
}

func campaignValidity(l string, c content.Campaign) string {
	return validity(l, content.Promotion{ValidFrom: c.ValidFrom, ValidTo: c.ValidTo})
}

func statusLabel(s string) string {
	switch s {
	case content.CampaignLive:
		return i18n.ConsoleCampaignLive
	case content.CampaignPaused:
		return i18n.ConsoleCampaignPaused
	case content.CampaignEnded:
		return i18n.ConsoleCampaignEnded
	}
	return i18n.ConsoleCampaignDraft
}

// durationText says m minutes the way people do: "2 days", "3 hours".
func durationText(l string, m int) string {
	n, unit := form.SplitMinutes(m)
	c, _ := strconv.Atoi(n)
	switch unit {
	case form.UnitDays:
		return i18n.N(l, i18n.ConsoleDaysN, c)
	case form.UnitHours:
		return i18n.N(l, i18n.ConsoleHoursN, c)
	}
	return i18n.N(l, i18n.ConsoleMinutesN, c)
}

// ratePercent is a redemption rate as a whole percentage.
func ratePercent(r float64) string {
	return strconv.Itoa(int(r*100 + 0.5))
}

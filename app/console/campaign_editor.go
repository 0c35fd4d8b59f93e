package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// CampaignEditor creates or changes one coupon campaign.
type CampaignEditor struct {
	app.Compo
	API      *client.Client
	Locale   string
	Campaign rest.CampaignWithReport // ID "": a new one
	OnSaved  func(ctx app.Context, c content.Campaign)
	OnClose  func(ctx app.Context)

	draft    form.CampaignDraft
	promos   []content.Promotion
	problems form.Problems
	busy     bool
}

const campaignForm = "campaign"

func (e *CampaignEditor) OnMount(ctx app.Context) {
	e.draft = form.NewCampaignDraft(e.Campaign, storeZone)
	focusField(ctx, campaignForm, "title.zh-Hans")
	ctx.Async(func() {
		ps, err := e.API.Promotions(ctx)
		if err == nil {
			ctx.Dispatch(func(app.Context) { e.promos = ps })
		}
	})
}

func (e *CampaignEditor) save(ctx app.Context) {
	in, ps := e.draft.Input(storeZone)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	id, draft := e.Campaign.ID, e.draft
	saveThen(ctx, &e.busy, func() (content.Campaign, error) { return e.API.SaveCampaign(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, problemsOf(err, draft.Refused)) }, e.OnSaved)
}

func (e *CampaignEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	f, _ := ps.First(form.CampaignFields...)
	switch f {
	case "":
		return
	case "title":
		f = "title.zh-Hans"
	case "status":
		f = "status-" + e.draft.Status
	}
	focusField(ctx, campaignForm, f)
}

// unitPicker offers hours and days, and minutes where they make sense:
// always for the kiosk limit's period (a short pause between shoppers),
// for a coupon's validity only when it already is in minutes.
func (e *CampaignEditor) unitPicker(name, value string, minutes bool, set *string) app.UI {
	l := e.Locale
	opts := [][2]string{{form.UnitHours, i18n.T(l, i18n.ConsoleUnitHours)}, {form.UnitDays, i18n.T(l, i18n.ConsoleUnitDays)}}
	if minutes || value == form.UnitMinutes {
		opts = append([][2]string{{form.UnitMinutes, i18n.T(l, i18n.ConsoleUnitMinutes)}}, opts...)
	}
	fl := field{Form: campaignForm, Name: name, Label: i18n.T(l, i18n.ConsoleUnit)}
	return fl.radios(value, opts, func(v string) app.EventHandler {
		return func(ctx app.Context, ev app.Event) { *set = v }
	})
}

func (e *CampaignEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsoleCampaignNew)
	if e.Campaign.ID != "" {
		title = i18n.T(l, i18n.ConsoleCampaignEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: campaignForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	statuses := [][2]string{
		{content.CampaignDraft, i18n.T(l, i18n.ConsoleCampaignDraft)},
		{content.CampaignLive, i18n.T(l, i18n.ConsoleCampaignLive)},
		{content.CampaignPaused, i18n.T(l, i18n.ConsoleCampaignPaused)},
		{content.CampaignEnded, i18n.T(l, i18n.ConsoleCampaignEnded)},
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(campaignForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			localized(l, campaignForm, "title", i18n.T(l, i18n.ConsoleCampaignTitle), i18n.T(l, i18n.ConsoleCampaignTitleHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Title[i], e.ValueTo(&e.draft.Title[i])) }),
			localized(l, campaignForm, "offer", i18n.T(l, i18n.ConsoleCampaignOffer), "", e.problems,
				func(i int, fl field) app.UI { return fl.textarea(e.draft.Offer[i], 2, e.ValueTo(&e.draft.Offer[i])) }),
			app.Div().Class("cs-row").Body(
				f("quantity", i18n.T(l, i18n.ConsoleCampaignQuantity), i18n.T(l, i18n.ConsoleCampaignQuantityHint)).number(e.draft.Quantity, e.ValueTo(&e.draft.Quantity)),
				f("per_device", i18n.T(l, i18n.ConsoleCampaignPerDevice), i18n.T(l, i18n.ConsoleCampaignPerDeviceHint)).number(e.draft.PerDevice, e.ValueTo(&e.draft.PerDevice)),
			),
			app.Div().Class("cs-row").Body(
				f("window_minutes", i18n.T(l, i18n.ConsoleCampaignWindow), "").number(e.draft.Window, e.ValueTo(&e.draft.Window)),
				e.unitPicker("window_unit", e.draft.WindowUnit, true, &e.draft.WindowUnit),
			),
			e.reachNote(),
			app.Div().Class("cs-row").Body(
				f("coupon_minutes", i18n.T(l, i18n.ConsoleCampaignValidity), "").number(e.draft.Validity, e.ValueTo(&e.draft.Validity)),
				e.unitPicker("coupon_unit", e.draft.ValidityUnit, false, &e.draft.ValidityUnit),
			),
			app.Div().Class("cs-row").Body(
				f("valid_from", i18n.T(l, i18n.ConsoleCampaignFrom), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.draft.From, e.ValueTo(&e.draft.From)),
				f("valid_to", i18n.T(l, i18n.ConsoleCampaignTo), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.draft.To, e.ValueTo(&e.draft.To)),
			),
			f("status", i18n.T(l, i18n.ConsoleCampaignStatus), "").radios(e.draft.Status, statuses, func(v string) app.EventHandler {
				return func(ctx app.Context, ev app.Event) { e.draft.Status = v; delete(e.problems, "status") }
			}),
			e.promotionPicker(f("promotion", i18n.T(l, i18n.ConsoleCampaignPromotion), i18n.T(l, i18n.ConsoleCampaignPromotionHint))),
			formErr(e.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSave), e.busy),
				button("", i18n.T(l, i18n.ConsoleCancel), false, func(ctx app.Context, ev app.Event) {
					if e.OnClose != nil {
						e.OnClose(ctx)
					}
				}),
			),
		),
	)
}

// reachNote warns, as the form is filled in, when the per-kiosk limit
// leaves coupons no kiosk can give before the campaign ends. It does not
// stop saving: phones scanning a signage QR claim too, and a store may
// mean it.
func (e *CampaignEditor) reachNote() app.UI {
	r, warn := e.draft.KioskReach(storeZone)
	text := ""
	if warn {
		text = i18n.T(e.Locale, i18n.ConsoleCampaignReach, "PerKiosk", r.PerKiosk, "Kiosks", r.Kiosks, "Quantity", r.Quantity)
	}
	return app.P().ID("campaign-reach").Class("cs-warn-note").Attr("role", "status").Text(text)
}

// promotionPicker is the optional offer the campaign belongs to.
func (e *CampaignEditor) promotionPicker(fl field) app.UI {
	l := e.Locale
	sel := app.Select().ID(fl.id()).Name(fl.Name).Class("cs-input").OnChange(e.ValueTo(&e.draft.Promotion)).Body(
		app.Option().Value("").Selected(e.draft.Promotion == "").Text(i18n.T(l, i18n.ConsoleCampaignNoPromotion)),
		app.Range(e.promos).Slice(func(i int) app.UI {
			p := e.promos[i]
			return app.Option().Value(p.ID).Selected(p.ID == e.draft.Promotion).Text(p.Title.In(l))
		}),
	)
	for k, v := range fl.attrs() {
		sel = sel.Attr(k, v)
	}
	return fl.box(sel)
}

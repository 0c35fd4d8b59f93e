package console

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
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

	form     CampaignDraft
	promos   []content.Promotion
	problems Problems
	busy     bool
}

const campaignForm = "campaign"

func (e *CampaignEditor) OnMount(ctx app.Context) {
	e.form = NewCampaignDraft(e.Campaign, time.Local)
	focusField(ctx, campaignForm, "title.zh-Hans")
	ctx.Async(func() {
		ps, err := e.API.Promotions(ctx)
		if err == nil {
			ctx.Dispatch(func(app.Context) { e.promos = ps })
		}
	})
}

func (e *CampaignEditor) save(ctx app.Context) {
	in, ps := e.form.Input(time.Local)
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	id, form := e.Campaign.ID, e.form
	saveThen(ctx, &e.busy, func() (content.Campaign, error) { return e.API.SaveCampaign(ctx, id, in) },
		func(ctx app.Context, err error) { e.show(ctx, form.campaignProblems(err)) }, e.OnSaved)
}

func (e *CampaignEditor) show(ctx app.Context, ps Problems) {
	e.problems = ps
	f, _ := ps.First(CampaignFields...)
	switch f {
	case "":
		return
	case "title":
		f = "title.zh-Hans"
	case "status":
		f = "status-" + e.form.Status
	}
	focusField(ctx, campaignForm, f)
}

func (e *CampaignEditor) unitPicker(name, value string, set *string) app.UI {
	l := e.Locale
	opts := [][2]string{{unitHours, i18n.T(l, i18n.ConsoleUnitHours)}, {unitDays, i18n.T(l, i18n.ConsoleUnitDays)}}
	if value == unitMinutes {
		opts = append([][2]string{{unitMinutes, i18n.T(l, i18n.ConsoleUnitMinutes)}}, opts...)
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
				func(i int, fl field) app.UI { return fl.input("text", e.form.Title[i], e.ValueTo(&e.form.Title[i])) }),
			localized(l, campaignForm, "offer", i18n.T(l, i18n.ConsoleCampaignOffer), "", e.problems,
				func(i int, fl field) app.UI { return fl.textarea(e.form.Offer[i], 2, e.ValueTo(&e.form.Offer[i])) }),
			app.Div().Class("cs-row").Body(
				f("quantity", i18n.T(l, i18n.ConsoleCampaignQuantity), i18n.T(l, i18n.ConsoleCampaignQuantityHint)).number(e.form.Quantity, e.ValueTo(&e.form.Quantity)),
				f("per_device", i18n.T(l, i18n.ConsoleCampaignPerDevice), i18n.T(l, i18n.ConsoleCampaignPerDeviceHint)).number(e.form.PerDevice, e.ValueTo(&e.form.PerDevice)),
			),
			app.Div().Class("cs-row").Body(
				f("window_minutes", i18n.T(l, i18n.ConsoleCampaignWindow), "").number(e.form.Window, e.ValueTo(&e.form.Window)),
				e.unitPicker("window_unit", e.form.WindowUnit, &e.form.WindowUnit),
			),
			app.Div().Class("cs-row").Body(
				f("coupon_minutes", i18n.T(l, i18n.ConsoleCampaignValidity), "").number(e.form.Validity, e.ValueTo(&e.form.Validity)),
				e.unitPicker("coupon_unit", e.form.ValidityUnit, &e.form.ValidityUnit),
			),
			app.Div().Class("cs-row").Body(
				f("valid_from", i18n.T(l, i18n.ConsoleCampaignFrom), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.form.From, e.ValueTo(&e.form.From)),
				f("valid_to", i18n.T(l, i18n.ConsoleCampaignTo), i18n.T(l, i18n.ConsoleOptional)).input("datetime-local", e.form.To, e.ValueTo(&e.form.To)),
			),
			f("status", i18n.T(l, i18n.ConsoleCampaignStatus), "").radios(e.form.Status, statuses, func(v string) app.EventHandler {
				return func(ctx app.Context, ev app.Event) { e.form.Status = v; delete(e.problems, "status") }
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

// promotionPicker is the optional offer the campaign belongs to.
func (e *CampaignEditor) promotionPicker(fl field) app.UI {
	l := e.Locale
	sel := app.Select().ID(fl.id()).Name(fl.Name).Class("cs-input").OnChange(e.ValueTo(&e.form.Promotion)).Body(
		app.Option().Value("").Selected(e.form.Promotion == "").Text(i18n.T(l, i18n.ConsoleCampaignNoPromotion)),
		app.Range(e.promos).Slice(func(i int) app.UI {
			p := e.promos[i]
			return app.Option().Value(p.ID).Selected(p.ID == e.form.Promotion).Text(p.Title.In(l))
		}),
	)
	for k, v := range fl.attrs() {
		sel = sel.Attr(k, v)
	}
	return fl.box(sel)
}

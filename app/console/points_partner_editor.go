package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PartnerEditor adds or changes one partner merchant: its key (new ones
// only), its name, both rates, its daily caps and whether exchanges are
// allowed.
type PartnerEditor struct {
	app.Compo
	API     *client.Client
	Locale  string
	Partner rest.PointsPartner   // ID "": a new one
	Taken   []rest.PointsPartner // the partners there are, whose keys a new one may not take
	OnSaved func(ctx app.Context, p rest.PointsPartner)
	OnClose func(ctx app.Context)

	draft    form.PartnerDraft
	problems form.Problems
	busy     bool
}

const partnerForm = "pt"

// partnerAlias names the control that takes focus for a field's problem.
var partnerAlias = map[string]string{"names": "names.zh-Hans", "out": "out.ours", "in": "in.theirs"}

func (e *PartnerEditor) OnMount(ctx app.Context) {
	e.draft = form.NewPartnerDraft(e.Partner)
	first := "id"
	if e.Partner.ID != "" {
		first = "names.zh-Hans"
	}
	focusField(ctx, partnerForm, first)
}

func (e *PartnerEditor) save(ctx app.Context) {
	if e.Partner.ID != "" {
		e.draft.ID = e.Partner.ID
	}
	p, ps := e.draft.Input()
	if e.Partner.ID == "" && len(ps) == 0 {
		// PUT adds or replaces: a new key must not overwrite a partner.
		for _, t := range e.Taken {
			if t.ID == p.ID {
				ps = form.Problems{"id": {ID: i18n.ConsolePtErrIDTaken}}
			}
		}
	}
	if len(ps) > 0 {
		e.show(ctx, ps)
		return
	}
	saveThen(ctx, &e.busy, func() (rest.PointsPartner, error) { return e.API.SavePartner(ctx, p) },
		func(ctx app.Context, err error) { e.show(ctx, ProblemsOf(err)) }, e.OnSaved)
}

func (e *PartnerEditor) show(ctx app.Context, ps form.Problems) {
	e.problems = ps
	focusFirst(ctx, partnerForm, ps, form.PartnerFields, partnerAlias)
}

func (e *PartnerEditor) Render() app.UI {
	l := e.Locale
	title := i18n.T(l, i18n.ConsolePtPartnerNew)
	if e.Partner.ID != "" {
		title = i18n.T(l, i18n.ConsolePtPartnerEdit)
	}
	f := func(name, label, hint string) field {
		return field{Form: partnerForm, Name: name, Label: label, Hint: hint, Err: e.problems.In(l, name)}
	}
	id := f("id", i18n.T(l, i18n.ConsolePtPartnerID), i18n.T(l, i18n.ConsolePtPartnerIDHint))
	id.Required, id.Disabled = true, e.Partner.ID != ""
	ours, theirs := i18n.T(l, i18n.ConsolePtOurPoints), i18n.T(l, i18n.ConsolePtTheirPoints)
	capHint := i18n.T(l, i18n.ConsolePtCapHint)
	return app.Section().Class("cs-view").Body(
		viewTitle(title),
		app.Form().ID(partnerForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(e.save)).Body(
			id.input("text", e.draft.ID, e.ValueTo(&e.draft.ID)),
			localized(l, partnerForm, "names", i18n.T(l, i18n.ConsolePtPartnerName), i18n.T(l, i18n.ConsolePtPartnerNameHint), e.problems,
				func(i int, fl field) app.UI { return fl.input("text", e.draft.Name[i], e.ValueTo(&e.draft.Name[i])) }),
			e.rate("out", i18n.T(l, i18n.ConsolePtOutLegend),
				f("out.ours", ours, "").number(e.draft.OutOurs, e.ValueTo(&e.draft.OutOurs)),
				f("out.theirs", theirs, "").number(e.draft.OutTheirs, e.ValueTo(&e.draft.OutTheirs))),
			e.rate("in", i18n.T(l, i18n.ConsolePtInLegend),
				f("in.theirs", theirs, "").number(e.draft.InTheirs, e.ValueTo(&e.draft.InTheirs)),
				f("in.ours", ours, "").number(e.draft.InOurs, e.ValueTo(&e.draft.InOurs))),
			f("member_cap", i18n.T(l, i18n.ConsolePtMemberCap), capHint).number(e.draft.MemberCap, e.ValueTo(&e.draft.MemberCap)),
			f("partner_cap", i18n.T(l, i18n.ConsolePtPartnerCap), capHint).number(e.draft.PartnerCap, e.ValueTo(&e.draft.PartnerCap)),
			f("active", i18n.T(l, i18n.ConsolePtState), "").radios(yesNo(e.draft.Active),
				[][2]string{{"yes", i18n.T(l, i18n.ConsolePtActive)}, {"no", i18n.T(l, i18n.ConsolePtPaused)}},
				func(v string) app.EventHandler {
					return func(ctx app.Context, ev app.Event) { e.draft.Active = v == "yes" }
				}),
			problemCount(l, e.problems),
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

// rate is one direction's two terms as a labelled group, with the
// problem of the pair (a round trip that would make points).
func (e *PartnerEditor) rate(name, legend string, give, get app.UI) app.UI {
	l := e.Locale
	legendID := fieldID(partnerForm, name) + "-legend"
	return app.Div().ID(fieldID(partnerForm, name)).TabIndex(-1).Class("cs-group").Attr("role", "group").Aria("labelledby", legendID).Body(
		app.H2().ID(legendID).Class("cs-legend").Text(legend),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtRateHint)),
		errText(fieldID(partnerForm, name)+"-err", e.problems.In(l, name)),
		app.Div().Class("cs-row").Body(give, get),
	)
}

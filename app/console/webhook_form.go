package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

const webhookForm = "webhook"

// WebhookForm adds a webhook: a name, the receiver's kind, its URL and
// secret.
type WebhookForm struct {
	app.Compo
	API     *client.Client
	Locale  string
	OnAdded func(ctx app.Context, name string)

	in       rest.WebhookInput
	problems form.Problems
	busy     bool
}

func (f *WebhookForm) OnMount(app.Context) { f.in.Kind = rest.WebhookGeneric }

func (f *WebhookForm) submit(ctx app.Context) {
	in := f.in
	in.Name, in.URL, in.Secret = strings.TrimSpace(in.Name), strings.TrimSpace(in.URL), strings.TrimSpace(in.Secret)
	if err := in.Validate(); err != nil {
		f.show(ctx, fieldProblems(err))
		return
	}
	f.busy = true
	ctx.Async(func() {
		_, err := f.API.AddWebhook(ctx, in)
		ctx.Dispatch(func(ctx app.Context) {
			f.busy = false
			if err != nil {
				f.show(ctx, ProblemsOf(err))
				return
			}
			f.in, f.problems = rest.WebhookInput{Kind: in.Kind}, nil
			clearFields(ctx, webhookForm, "name", "url", "secret")
			f.OnAdded(ctx, in.Name)
		})
	})
}

func (f *WebhookForm) show(ctx app.Context, ps form.Problems) {
	f.problems = ps
	if name, ok := ps.First("name", "kind", "url", "secret"); ok {
		focusField(ctx, webhookForm, name)
	}
}

func (f *WebhookForm) Render() app.UI {
	l := f.Locale
	fl := func(name, label, hint string) field {
		return field{Form: webhookForm, Name: name, Label: label, Hint: hint, Err: f.problems.In(l, name), AutoComplete: "off"}
	}
	kinds := [][2]string{
		{rest.WebhookGeneric, i18n.T(l, i18n.ConsoleAlKindGeneric)},
		{rest.WebhookWeCom, i18n.T(l, i18n.ConsoleAlKindWeCom)},
		{rest.WebhookDingTalk, i18n.T(l, i18n.ConsoleAlKindDingTalk)},
	}
	return app.Section().Class("cs-panel").Aria("labelledby", "webhook-add-title").Body(
		app.H2().ID("webhook-add-title").Text(i18n.T(l, i18n.ConsoleAlAddTitle)),
		app.Form().ID(webhookForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(f.submit)).Body(
			fl("name", i18n.T(l, i18n.ConsoleAlName), "").input("text", f.in.Name, f.ValueTo(&f.in.Name)),
			fl("kind", i18n.T(l, i18n.ConsoleAlKind), "").radios(f.in.Kind, kinds, func(v string) app.EventHandler {
				return func(ctx app.Context, e app.Event) { f.in.Kind = v }
			}),
			fl("url", i18n.T(l, i18n.ConsoleAlURL), i18n.T(l, i18n.ConsoleAlURLHint)).input("url", f.in.URL, f.ValueTo(&f.in.URL)),
			fl("secret", i18n.T(l, i18n.ConsoleAlSecret), i18n.T(l, i18n.ConsoleAlSecretHint)).input("password", f.in.Secret, f.ValueTo(&f.in.Secret)),
			formErr(f.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleAlAdd), f.busy),
		),
	)
}

package console

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
	"storecast/app/screen"
)

type phase int

const (
	phaseChecking phase = iota // asking the server who we are
	phaseSignIn
	phaseSetup // no account exists yet
	phaseReady
)

// Page is the console: the same component for every console URL, so the
// session survives moving between views.
type Page struct {
	app.Compo
	path   string
	locale string
	phase  phase
	me     rest.Me
	chain  rest.ChainInfo // where this server stands in a chain of stores
	// self is the page's own context, kept from OnMount: signedIn is
	// called with the sign-in form's, whose updates go nowhere once the
	// form is gone, as it is by the time the chain's answer comes.
	self    app.Context
	mounted bool
	api     *client.Client
	notice  form.Problem   // why the sign-in form is shown (session ended, …)
	brand   *content.Brand // the store's, in the header once signed in; nil: the product's

	// FirstRun, on the server, says whether the store has no staff account
	// yet; nil in the browser.
	FirstRun func() bool
}

func (p *Page) OnInit() {
	p.api = &client.Client{}
	p.phase = phaseChecking
	if app.IsClient {
		p.locale = browserLocaleNow()
		p.path = app.Window().URL().Path
		if renderedFirstRun() {
			p.phase = phaseSetup // OnMount still asks the server
		}
	}
}

// firstRunAttr marks a console the server rendered for a store with no
// staff account yet.
const firstRunAttr = "first-run"

// renderedFirstRun reports whether the server rendered this page with the
// first admin's form: the wasm then starts where the page already is.
func renderedFirstRun() bool {
	el := app.Window().Get("document").Call("querySelector", ".cs-console")
	return el.Truthy() && el.Get("dataset").Get("firstRun").String() == "yes"
}

// yesNo spells a flag for a data attribute: go-app writes "true" as an
// attribute with no value.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// OnPreRender renders the sign-in shell (the server has no session to
// render with), or the first admin's form on a store with no staff yet.
func (p *Page) OnPreRender(ctx app.Context) {
	p.locale = screen.LocaleOf(ctx.Page().URL())
	p.path = ctx.Page().URL().Path
	if p.FirstRun != nil && p.FirstRun() {
		p.phase = phaseSetup
	}
	ctx.Page().SetLang(p.locale)
	p.setTitle(ctx)
}

func (p *Page) OnNav(ctx app.Context) {
	moved := p.path != ctx.Page().URL().Path
	p.path = ctx.Page().URL().Path
	p.setTitle(ctx)
	if moved && p.phase == phaseReady {
		p.loadChain() // the link to head office may have changed since
	}
	if moved && app.IsClient {
		// Tell screen readers the view changed: focus its heading.
		ctx.Defer(func(app.Context) {
			if h := app.Window().GetElementByID("cs-view-title"); h.Truthy() {
				h.Call("focus")
			}
		})
	}
}

func (p *Page) OnMount(ctx app.Context) {
	p.self, p.mounted = ctx, true
	app.Window().Get("document").Get("documentElement").Set("lang", p.locale)
	p.api.SignedOut = func() {
		ctx.Dispatch(func(ctx app.Context) {
			if p.phase == phaseReady {
				p.toSignIn(ctx, form.Problem{ID: i18n.ConsoleErrSessionEnded})
			}
		})
	}
	ctx.Async(func() {
		me, err := p.api.Me(ctx)
		var needsSetup bool
		var e *client.APIError
		if errors.As(err, &e) && e.Code == "unauthorized" {
			needsSetup, _ = p.api.NeedsSetup(ctx)
		}
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case err == nil:
				p.signedIn(ctx, me)
			case needsSetup:
				p.phase = phaseSetup
			case e == nil:
				p.phase, p.notice = phaseSignIn, form.Problem{ID: i18n.ConsoleErrNetwork}
			default:
				p.phase = phaseSignIn
			}
		})
	})
}

func (p *Page) setTitle(ctx app.Context) {
	title := i18n.T(p.locale, i18n.ConsoleTitle)
	if p.phase == phaseReady {
		if v, _ := resolve(p.path, p.me.Role, p.hq()); v != "" {
			title = i18n.T(p.locale, labelOf(v)) + " · " + title
		}
	}
	ctx.Page().SetTitle("%s", title)
}

func labelOf(path string) string {
	for _, v := range views {
		if v.path == path {
			return v.label
		}
	}
	return i18n.ConsoleTitle
}

func (p *Page) signedIn(ctx app.Context, me rest.Me) {
	setStoreZone(me)
	p.me, p.phase, p.notice = me, phaseReady, form.Problem{}
	p.setTitle(ctx)
	p.loadChain()
	p.loadBrand()
}

// loadChain asks where this server stands in a chain. Failing, the console
// stays as a standalone store's: the chain adds to it and removes nothing.
func (p *Page) loadChain() {
	if !p.mounted {
		return
	}
	ctx := p.self
	ctx.Async(func() {
		info, err := p.api.Chain(ctx)
		if err != nil {
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.chain = info
			p.setTitle(ctx)
		})
	})
}

// loadBrand reads the store's brand for the header. Failing, the header
// keeps the product's name: nothing else depends on it.
func (p *Page) loadBrand() {
	if !p.mounted {
		return
	}
	ctx := p.self
	ctx.Async(func() {
		b, err := p.api.Brand(ctx)
		if err != nil || len(b.Name) == 0 {
			return
		}
		ctx.Dispatch(func(ctx app.Context) { p.brand = &b })
	})
}

// brandSaved puts the brand just saved in the header at once.
func (p *Page) brandSaved(ctx app.Context, b content.Brand) { p.brand = &b }

func (p *Page) hq() bool { return p.chain.Role == rest.ChainHQ }

func (p *Page) toSignIn(ctx app.Context, why form.Problem) {
	p.me, p.chain, p.phase, p.notice, p.brand = rest.Me{}, rest.ChainInfo{}, phaseSignIn, why, nil
	p.setTitle(ctx)
}

func (p *Page) signOut(ctx app.Context) {
	ctx.Async(func() {
		_ = p.api.Logout(ctx)
		ctx.Dispatch(func(ctx app.Context) { p.toSignIn(ctx, form.Problem{ID: i18n.ConsoleSignedOut}) })
	})
}

// passwordChanged: the server ended every session; sign in again.
func (p *Page) passwordChanged(ctx app.Context) {
	p.toSignIn(ctx, form.Problem{ID: i18n.ConsolePasswordChanged})
}

func (p *Page) setLocale(ctx app.Context, l string) {
	p.locale = l
	saveLocale(l)
	p.setTitle(ctx)
}

func (p *Page) Render() app.UI {
	l := p.locale
	root := screen.Styled(app.Div(), brandVars(p.brand))
	return root.Class("cs-console").DataSet(firstRunAttr, yesNo(p.phase == phaseSetup)).Body(
		app.A().Class("sc-skip").Href("#cs-main").Text(i18n.T(l, i18n.ConsoleSkip)),
		app.Header().Class("cs-bar").Body(
			screen.BrandMark(p.brand, l, i18n.T(l, i18n.ConsoleTitle), "cs-brand"),
			app.If(p.phase == phaseReady, func() app.UI {
				return app.P().Class("cs-who").Text(i18n.T(l, i18n.ConsoleWho,
					"Name", p.me.Username, "Role", i18n.T(l, roleLabel(p.me.Role))))
			}),
			app.If(p.phase == phaseReady && p.chain.Role == rest.ChainMember, func() app.UI { return chainBadge(l, p.chain) }),
		),
		app.If(p.phase == phaseReady, func() app.UI {
			return &Nav{Locale: l, Role: p.me.Role, HQ: p.hq(), Current: p.current()}
		}),
		app.If(p.phase == phaseReady, func() app.UI {
			return &StaffCalls{API: p.api, Locale: l}
		}),
		app.Main().ID("cs-main").Class("cs-main").Body(p.body()),
		&LocaleSwitch{Locale: l, OnPick: p.setLocale},
	)
}

func (p *Page) current() string {
	v, _ := resolve(p.path, p.me.Role, p.hq())
	return v
}

func (p *Page) body() app.UI {
	l := p.locale
	switch p.phase {
	case phaseSetup:
		return &Setup{API: p.api, Locale: l, OnDone: p.signedIn}
	case phaseReady:
	default:
		return &SignIn{API: p.api, Locale: l, Checking: p.phase == phaseChecking, Notice: p.notice.In(l), OnDone: p.signedIn}
	}
	v, ok := resolve(p.path, p.me.Role, p.hq())
	if !ok {
		return app.Section().Class("cs-view").Body(
			viewTitle(i18n.T(l, i18n.ConsoleNotAllowedTitle)),
			app.P().Text(i18n.T(l, i18n.ConsoleErrForbidden)),
		)
	}
	switch v {
	case PathPromotions:
		return &Promotions{API: p.api, Locale: l}
	case PathSignage:
		return &SignageView{API: p.api, Locale: l}
	case PathOverrides:
		return &Overrides{API: p.api, Locale: l}
	case PathCoupons:
		return &Campaigns{API: p.api, Locale: l}
	case PathProducts:
		return &Products{API: p.api, Locale: l, HQ: p.hq()}
	case PathCategories:
		return &Categories{API: p.api, Locale: l}
	case PathEvents:
		return &Events{API: p.api, Locale: l}
	case PathParity:
		return &Parity{API: p.api, Locale: l}
	case PathMarkdowns:
		return &Markdowns{API: p.api, Locale: l}
	case PathPartners:
		return &Partners{API: p.api, Locale: l}
	case PathSettlement:
		return &Settlement{API: p.api, Locale: l}
	case PathRedeem:
		return &Redeem{API: p.api, Locale: l}
	case PathPoints:
		return &PointsView{API: p.api, Locale: l, Role: p.me.Role, AtChainStore: p.chain.Role == rest.ChainMember}
	case PathUsers:
		return &Users{API: p.api, Locale: l, Me: p.me}
	case PathAudit:
		return &Audit{API: p.api, Locale: l}
	case PathAlerts:
		return &Alerts{API: p.api, Locale: l}
	case PathStores:
		return &Stores{API: p.api, Locale: l}
	case PathBrand:
		return &BrandView{API: p.api, Locale: l, OnSaved: p.brandSaved}
	case PathAccount:
		return &Account{API: p.api, Locale: l, Me: p.me, OnSignOut: p.signOut, OnPasswordChanged: p.passwordChanged}
	}
	return &FleetView{API: p.api, Locale: l, Role: p.me.Role}
}

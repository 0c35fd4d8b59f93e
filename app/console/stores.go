package console

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Stores is head office's list of the chain's stores: whether each is
// connected, how many screens it has online and which versions it runs,
// so a store left on an old release is seen before its screens misbehave.
type Stores struct {
	app.Compo
	API    *client.Client
	Locale string

	stores  []rest.ChainStore
	loaded  bool
	now     time.Time
	problem form.Problem
}

func (v *Stores) OnMount(ctx app.Context) {
	ctx.Async(func() {
		list, err := v.API.ChainStores(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded, v.now = true, time.Now()
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.stores, v.problem = list, form.Problem{}
		})
	})
}

func (v *Stores) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavStores)),
		formErr(v.problem.In(l)),
		app.If(!v.loaded, func() app.UI { return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleLoading)) }),
		app.If(v.loaded && v.problem.ID == "" && len(v.stores) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleStoresNone))
		}),
		app.Ul().Class("cs-cards").Body(app.Range(v.stores).Slice(func(i int) app.UI {
			return app.Li().Body(storeCard(l, v.stores[i], v.now))
		})),
	)
}

// storeCard is one store as head office sees it.
func storeCard(l string, s rest.ChainStore, now time.Time) app.UI {
	state, class := i18n.T(l, i18n.ConsoleStoreDisconnected), "is-offline"
	seen := Ago(l, s.LastSeen, now)
	if s.Connected {
		state, class, seen = i18n.T(l, i18n.ConsoleStoreConnected), "is-online", i18n.T(l, i18n.ConsoleNow)
	}
	name := s.Name
	if name == "" {
		name = s.ID
	}
	return app.Article().Class("cs-card cs-store "+class).DataSet("id", s.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H2().Class("cs-card-title").Text(name),
			app.Span().Class("cs-state "+class).Text(state),
		),
		app.Div().Class("cs-facts").Body(
			fact(i18n.T(l, i18n.ConsoleStoreRegion), orDash(s.Region)),
			fact(i18n.T(l, i18n.ConsoleLastSeen), seen),
			fact(i18n.T(l, i18n.ConsoleStoreScreensOnline), strconv.Itoa(s.ScreensOnline)),
			fact(i18n.T(l, i18n.ConsoleStoreVersion), orDash(s.Version)),
			fact(i18n.T(l, i18n.ConsoleStoreAppVersions), appVersions(l, s.AppVersions)),
		),
	)
}

// appVersions spells how many screens run each app version, the newest
// first by name, or a dash when no screen reported one.
func appVersions(l string, counts map[string]int) string {
	if len(counts) == 0 {
		return orDash("")
	}
	vs := make([]string, 0, len(counts))
	for v := range counts {
		vs = append(vs, v)
	}
	slices.Sort(vs)
	slices.Reverse(vs)
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = i18n.T(l, i18n.ConsoleStoreAppVersion, "Version", v, "Count", counts[v])
	}
	return strings.Join(parts, i18n.T(l, i18n.ConsoleListSep))
}

// chainBadge tells a store's staff which store this is and whether head
// office can be reached: while it cannot, what head office sends waits.
// Only a member store shows it.
func chainBadge(l string, c rest.ChainInfo) app.UI {
	link, class := i18n.T(l, i18n.ConsoleChainDown), "is-down"
	if c.Uplink != nil && *c.Uplink {
		link, class = i18n.T(l, i18n.ConsoleChainUp), "is-up"
	}
	return app.P().Class("cs-chain "+class).Body(
		app.Span().Class("cs-chain-store").Text(i18n.T(l, i18n.ConsoleChainStore, "ID", c.StoreID)),
		app.Span().Class("cs-chain-link").Text(link),
	)
}

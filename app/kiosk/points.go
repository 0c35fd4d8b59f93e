package kiosk

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// pointsState is "My points": the member code typed or scanned, the
// member it linked, the item awaiting "yes", and why not. It lives in
// memory only; the idle reset drops it, so the next shopper never sees
// this member's balance.
type pointsState struct {
	code   string // what is in the box
	member *rest.KioskMember
	linked string // the member code member is for
	chosen *rest.KioskPointsItem
	// exchange is the id of the exchange of chosen: made when it is
	// chosen and kept while "yes" is tried again, so an answer lost on
	// the way never spends twice.
	exchange string
	busy     bool
	errID    string // message id of the problem; "" for none
	page     int    // elder mode: which page of items
	seq      int    // answers to older requests are dropped
	link     phoneLink
}

// pointsView is My points: first the member code (a scanner types it and
// Enter; or the keypad), then the balance, what expires soon and the
// catalogue, then "exchange?" for the item chosen.
func (p *Page) pointsView(v *view) {
	l := p.route.Locale
	s := &p.points
	v.title = i18n.T(l, i18n.MenuPoints)
	switch {
	case s.member == nil:
		p.pointsLinkView(v)
	case s.chosen != nil:
		p.pointsConfirmView(v)
	default:
		p.pointsBalanceView(v)
	}
	if s.errID != "" {
		v.say = append(v.say, i18n.T(l, s.errID))
		v.add(app.P().Class("sc-error").Attr("role", "alert").Text(i18n.T(l, s.errID)))
	}
}

// pointsLinkView asks for the member code: the box takes a scanner's
// typing as the price check's does, the keypad a shopper's.
func (p *Page) pointsLinkView(v *view) {
	l := p.route.Locale
	s := &p.points
	v.say = []string{i18n.T(l, i18n.PointsScan), i18n.T(l, i18n.PointsKeypadHint)}
	v.focus = "sc-member"
	v.choices = append(v.choices, i18n.T(l, i18n.PointsCodeLabel), i18n.T(l, i18n.PointsLink))
	form := app.Form().Class("sc-search").OnSubmit(p.onLink).Body(
		app.Label().For("sc-member").Class("sc-search-label").Text(i18n.T(l, i18n.PointsCodeLabel)),
		app.Input().ID("sc-member").Type("text").Class("sc-search-input").
			Attr("inputmode", "none").Attr("enterkeyhint", "go").Attr("autocomplete", "off").
			Attr("spellcheck", "false").Attr("maxlength", 64).
			Aria("describedby", "sc-member-hint").DataSet("say", i18n.T(l, i18n.PointsCodeLabel)).
			Value(s.code).OnInput(func(ctx app.Context, e app.Event) { s.code = ctx.JSSrc().Get("value").String() }),
		app.Button().ID("sc-member-go").Type("submit").Class("sc-choice sc-search-go").Text(i18n.T(l, i18n.PointsLink)),
	)
	v.add(app.P().Class("sc-intro").Text(i18n.T(l, i18n.PointsScan)),
		app.Div().Class("sc-points-link").Body(form, p.linkQR(v)),
		app.P().ID("sc-member-hint").Class("sc-hint").Text(i18n.T(l, i18n.PointsKeypadHint)),
		app.If(s.busy, func() app.UI {
			return app.P().Class("sc-busy").Attr("role", "status").Text(i18n.T(l, i18n.PointsWorking))
		}),
		p.keypadFor(p.onPointsKey))
}

func (p *Page) onPointsKey(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		s := &p.points
		if key == keySpace {
			return // member codes have no spaces
		}
		s.code = strings.ToUpper(typeKey(s.code, key))
		if box := app.Window().GetElementByID("sc-member"); box.Truthy() {
			box.Set("value", s.code)
		}
	}
}

// onLink looks the member up. A scanner ends its code with Enter, which
// submits the form.
func (p *Page) onLink(ctx app.Context, e app.Event) {
	e.PreventDefault()
	s := &p.points
	if box := app.Window().GetElementByID("sc-member"); box.Truthy() {
		s.code = box.Get("value").String()
	}
	p.lookUp(strings.ToUpper(strings.TrimSpace(s.code)))
}

// lookUp asks for the member of code, typed or given by a linked phone
// (points_link.go), and shows their balance.
func (p *Page) lookUp(code string) {
	s := &p.points
	s.seq++
	seq := s.seq
	s.busy, s.errID = true, ""
	install, token := installID(), stored(deviceKey)
	page := p.ctx
	page.Async(func() {
		status, text, err := fetch("GET", "/api/v1/kiosk/points/members/"+url.PathEscape(code)+"?install="+url.QueryEscape(install), "", token)
		page.Dispatch(func(ctx app.Context) {
			if seq != s.seq {
				return // the idle reset came first
			}
			s.busy = false
			var m rest.KioskMember
			switch {
			case err != nil || status >= 500:
				s.errID = i18n.CouponOffline
			case status != 200 || json.Unmarshal([]byte(text), &m) != nil:
				s.errID = i18n.PointsBadCode
			default:
				s.member, s.linked, s.code, s.page, s.link = &m, code, "", 0, phoneLink{}
			}
			p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
		})
	})
}

// pointsBalanceView shows the balance, what expires soon and the items:
// those the balance covers as choices, the others marked and disabled.
func (p *Page) pointsBalanceView(v *view) {
	l := p.route.Locale
	s := &p.points
	m := s.member
	balance := i18n.T(l, i18n.PointsBalance, "Points", itoa(int(m.Balance)))
	expiring := i18n.T(l, i18n.PointsExpiring, "Points", itoa(int(m.Expiring)), "Days", itoa(m.ExpiringDays))
	v.say = []string{balance, expiring}
	v.add(app.P().ID("sc-points-balance").Class("sc-points-balance").Text(balance),
		app.P().ID("sc-points-expiring").Class("sc-hint").Text(expiring))
	if len(m.Items) == 0 {
		v.add(app.P().Class("sc-empty").Text(i18n.T(l, i18n.PointsNoItems)))
		return
	}
	pg := p.elderPaged(len(m.Items), s.page)
	var items []app.UI
	for i := pg.from; i < pg.to; i++ {
		it := m.Items[i]
		price := i18n.T(l, i18n.PointsPrice, "Points", itoa(int(it.Price)))
		label := it.Title.In(l)
		if !it.Affordable {
			items = append(items, app.Li().Class("sc-points-item sc-points-short").Body(
				app.P().Class("sc-product-name").Text(label),
				app.P().Class("sc-product-price").Text(price),
				app.P().Class("sc-hint").Text(i18n.T(l, i18n.PointsShort))))
			continue
		}
		v.say = append(v.say, label+", "+price)
		items = append(items, app.Li().Class("sc-points-item").Body(
			v.button("sc-points-item-"+itoa(i), "sc-choice sc-points-choose", label+" · "+price, p.onChoose(i))))
	}
	v.add(app.Ul().Class("sc-products sc-points-items").Body(items...))
	if pg.pages > 1 {
		p.pointsMore(v, pg)
	}
}

// pointsMore pages through the items in elder mode.
func (p *Page) pointsMore(v *view, pg pager) {
	prev, next, where := pageLabels(p.route.Locale, pg)
	to := func(page int) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			p.points.page = page
			p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
		}
	}
	var body []app.UI
	if pg.prev() >= 0 {
		body = append(body, v.button("sc-points-prev", "sc-page-prev", prev, to(pg.prev())))
	}
	body = append(body, app.P().Class("sc-page-position").Text(where))
	if pg.next() >= 0 {
		body = append(body, v.button("sc-points-more", "sc-page-next", next, to(pg.next())))
	}
	v.add(app.Nav().Class("sc-more").Aria("label", where).Body(body...))
}

func (p *Page) onChoose(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		s := &p.points
		it := s.member.Items[i]
		b := make([]byte, 12)
		rand.Read(b)
		s.chosen, s.errID, s.exchange = &it, "", "k-"+base64.RawURLEncoding.EncodeToString(b)
		p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
		ctx.Defer(func(app.Context) { p.focus("sc-points-yes") })
	}
}

// pointsConfirmView asks before any point is spent.
func (p *Page) pointsConfirmView(v *view) {
	l := p.route.Locale
	s := &p.points
	ask := i18n.T(l, i18n.PointsConfirm, "Item", s.chosen.Title.In(l), "Points", itoa(int(s.chosen.Price)))
	v.say = []string{ask}
	v.add(app.P().ID("sc-points-ask").Class("sc-intro").Text(ask))
	if s.busy {
		v.add(app.P().Class("sc-busy").Attr("role", "status").Text(i18n.T(l, i18n.PointsWorking)))
		return
	}
	v.add(app.Div().Class("sc-kc-actions").Body(
		v.button("sc-points-yes", "sc-choice", i18n.T(l, i18n.PointsYes), p.onExchange),
		v.button("sc-points-no", "sc-choice", i18n.T(l, i18n.PointsNo), func(ctx app.Context, e app.Event) {
			s.chosen = nil
			p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
		})))
}

// onExchange spends the points and shows the coupon as a claim's is. The
// exchange id is the choice's, so the server applies a retried "yes"
// once.
func (p *Page) onExchange(ctx app.Context, e app.Event) {
	s := &p.points
	it := *s.chosen
	s.seq++
	seq := s.seq
	s.busy, s.errID = true, ""
	in := rest.PointsExchangeInput{MemberCode: s.linked, Item: it.ID, ExchangeID: s.exchange, Install: installID()}
	body, _ := json.Marshal(in)
	token := stored(deviceKey)
	page := p.ctx
	page.Async(func() {
		status, text, err := fetch("POST", "/api/v1/kiosk/points/exchanges", string(body), token)
		page.Dispatch(func(ctx app.Context) {
			if seq != s.seq {
				return
			}
			p.exchanged(ctx, it, status, text, err)
		})
	})
}

// exchanged shows an exchange's answer: the coupon on the coupon screen,
// or why not on this one, the balance as the server now has it.
func (p *Page) exchanged(ctx app.Context, it rest.KioskPointsItem, status int, text string, err error) {
	s := &p.points
	s.busy = false
	var out struct {
		rest.PointsExchanged
		rest.ErrorBody
	}
	json.Unmarshal([]byte(text), &out)
	if err == nil && status/100 == 2 && out.Coupon.Code != "" {
		s.chosen = nil
		s.member.Balance = out.Balance
		for i := range s.member.Items {
			s.member.Items[i].Affordable = s.member.Items[i].Price <= out.Balance
		}
		p.claim = claimState{campaign: it.Campaign, seq: p.claim.seq + 1}
		p.claim.answered(claimAnswer{status: 201, coupon: out.Coupon, qr: out.QR})
		r := p.route.To(Coupon)
		r.ID = it.Campaign
		ctx.Navigate(r.URL())
		return
	}
	s.errID = exchangeProblem(err, status, out.Error.Code, out.Error.Field)
	if s.errID != i18n.CouponOffline {
		s.chosen = nil // refused: back to the items; offline: "yes" again retries
	}
	p.sayAll(ctx, screenParts(p.route.Locale, p.view()), false)
}

// exchangeProblem says why an exchange gave no coupon.
func exchangeProblem(err error, status int, code, field string) string {
	switch {
	case err != nil || status >= 500:
		return i18n.CouponOffline
	case status == 429:
		return i18n.CouponBusy
	case code == "insufficient":
		return i18n.PointsShort
	case field == "member_code" || status == 404:
		return i18n.PointsBadCode
	}
	return i18n.PointsRefunded // sold out, or its limit: the points were given back
}

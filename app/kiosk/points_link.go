package kiosk

import (
	"encoding/json"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// phoneLink is My points' other way in, for kiosks without a scanner: a
// link session the screen shows as a QR code; the member's phone opens
// it and confirms it with its card, and the kiosk, asking every second,
// gets the member's code and looks it up as if it had been typed. It
// lives in pointsState, so the idle reset forgets it with the rest.
type phoneLink struct {
	id, qr, url string
	asking      bool // a request about the link is on its way
	wait        int  // ticks before the next request
	// gen names this link's requests: an answer for a link since
	// forgotten (idle reset, another screen) finds another gen and is
	// dropped. Not pointsState.seq: a typed code must not orphan it.
	gen *int
}

// linkEvery is how many ticks (of 250 ms) apart the kiosk asks about its
// link; linkBackOff after the server did not answer.
const (
	linkEvery   = 4
	linkBackOff = 40
)

// linkQR shows the link's QR code with what to do; the words are there
// (and read) from the start, the code once the server gave one.
func (p *Page) linkQR(v *view) app.UI {
	l := p.route.Locale
	k := p.points.link
	hint := i18n.T(l, i18n.PointsLinkQRHint)
	v.say = append(v.say, hint)
	return app.Figure().ID("sc-points-qr").Class("sc-points-qr").DataSet("link", k.url).Body(
		app.If(k.id != "", func() app.UI {
			return app.Img().Class("sc-points-qr-image").Src(k.qr).Alt(i18n.T(l, i18n.PointsLinkQR)).Width(240).Height(240)
		}),
		app.FigCaption().Body(
			app.Strong().Class("sc-points-qr-title").Text(i18n.T(l, i18n.PointsLinkQR)),
			app.Span().Class("sc-hint").Text(hint)))
}

// pointsTick runs with the page's clock: on My points' code screen it
// keeps a link open and asks about it every second; anywhere else it
// forgets the link. The asking ends with the screen: the idle reset, a
// member linked, or the shopper gone elsewhere.
func (p *Page) pointsTick() {
	s := &p.points
	if p.route.Screen != Points || s.member != nil {
		s.link = phoneLink{} // an answer on its way finds another gen
		return
	}
	if s.link.asking || s.busy {
		return
	}
	if s.link.wait > 0 {
		s.link.wait--
		return
	}
	s.link.asking = true
	if s.link.gen == nil {
		s.link.gen = new(int)
	}
	if s.link.id == "" {
		p.openLink()
		return
	}
	p.askLink()
}

// openLink asks the server for a link to show.
func (p *Page) openLink() {
	s := &p.points
	gen := s.link.gen
	body, _ := json.Marshal(rest.KioskLinkInput{Install: installID()})
	token := stored(deviceKey)
	page := p.ctx
	page.Async(func() {
		status, text, err := fetch("POST", "/api/v1/kiosk/points/links", string(body), token)
		page.Dispatch(func(ctx app.Context) {
			if s.link.gen != gen {
				ctx.PreventUpdate()
				return
			}
			var k rest.KioskLink
			if err != nil || status != 201 || json.Unmarshal([]byte(text), &k) != nil || k.ID == "" {
				s.link = phoneLink{wait: linkBackOff, gen: gen} // no QR code until one works
				return
			}
			s.link = phoneLink{id: k.ID, qr: k.QR, url: k.URL, wait: linkEvery, gen: gen}
		})
	})
}

// askLink asks whether a phone confirmed the link: then the member is
// looked up; if the link ended unused, another is opened.
func (p *Page) askLink() {
	s := &p.points
	gen := s.link.gen
	path := "/api/v1/kiosk/points/links/" + url.PathEscape(s.link.id) + "?install=" + url.QueryEscape(installID())
	token := stored(deviceKey)
	page := p.ctx
	page.Async(func() {
		status, text, err := fetch("GET", path, "", token)
		page.Dispatch(func(ctx app.Context) {
			if s.link.gen != gen {
				ctx.PreventUpdate()
				return
			}
			s.link.asking, s.link.wait = false, linkEvery
			var st rest.KioskLinkState
			switch {
			case err != nil || status >= 500:
				s.link.wait = linkBackOff
				ctx.PreventUpdate()
			case status == 404 || status == 410:
				s.link = phoneLink{gen: gen} // ended unused: the next tick opens another
			case status == 200 && json.Unmarshal([]byte(text), &st) == nil && st.Linked:
				p.lookUp(st.MemberCode)
			default:
				ctx.PreventUpdate() // not yet
			}
		})
	})
}

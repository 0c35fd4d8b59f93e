package kiosk

import (
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

// The kiosk's only I/O besides the live feed: the price check's search and
// the call for staff, against the server's public kiosk endpoints.

func (p *Page) onQuery(ctx app.Context, e app.Event) {
	p.typed(ctx, ctx.JSSrc().Get("value").String(), false)
}

func (p *Page) onSearch(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.runSearch(ctx, p.search.query)
}

// runSearch checks the query, then asks the server; the answer is shown and,
// in voice mode, read.
func (p *Page) runSearch(ctx app.Context, query string) {
	s := &p.search
	s.seq++
	s.query, s.asked, s.result, s.page, s.cat, s.hint = query, query, nil, 0, "", ""
	q, err := content.ParseProductQuery(query)
	if err != nil {
		s.busy, s.errID = false, queryError(err)
		p.say(ctx, p.resultsSpeech(), false)
		return
	}
	p.ask(ctx, query, true, "", func() (content.ProductList, error) { return fetchProducts(q) })
}

// ask shows what find answers, as the answer to asked; with read, voice
// mode reads lead and then the answer. What is on screen stays until the
// answer comes, so results typed one key at a time do not flicker.
func (p *Page) ask(ctx app.Context, asked string, read bool, lead string, find func() (content.ProductList, error)) {
	s := &p.search
	s.seq++
	seq := s.seq
	s.asked, s.busy, s.errID = asked, true, ""
	ctx.Async(func() {
		list, err := find()
		ctx.Dispatch(func(ctx app.Context) {
			if seq != s.seq {
				return // a newer search, or the idle reset, came first
			}
			s.busy, s.page = false, 0
			if err != nil {
				app.Log("kiosk: search:", err)
				s.errID, s.result, s.find = queryError(err), nil, nil
			} else {
				s.result, s.find = &list, find
			}
			if read {
				p.say(ctx, sentences(p.route.Locale, []string{lead, p.resultsSpeech()}), false)
			}
		})
	})
}

// refresh asks again for the answer on screen when the catalogue changed
// under it (a price, a name, a product added that a search missed): the
// shopper sees the new price at once, on the same page, and nothing is
// read out again.
func (p *Page) refresh(ctx app.Context) {
	s := &p.search
	change := p.state.Snapshot.Catalogue
	if change == nil || change == s.seen {
		return
	}
	s.seen = change
	if s.result == nil || s.busy || s.find == nil {
		return
	}
	skus := make([]string, len(s.result.Products))
	for i, pr := range s.result.Products {
		skus[i] = pr.SKU
	}
	if len(skus) > 0 && !change.Touches(skus) {
		return
	}
	seq, find := s.seq, s.find
	ctx.Async(func() {
		list, err := find()
		ctx.Dispatch(func(ctx app.Context) {
			if seq != s.seq || err != nil {
				return // a newer search came first; or keep what is shown
			}
			s.result = &list
		})
	})
}

func fetchProducts(q content.ProductQuery) (content.ProductList, error) {
	v := url.Values{}
	if q.Barcode != "" {
		v.Set("barcode", q.Barcode)
	} else {
		v.Set("q", q.Text)
	}
	return getProducts(v)
}

// fetchCategory lists a category's products, as many as one answer holds.
func fetchCategory(id string) (content.ProductList, error) {
	return getProducts(url.Values{"category": {id}, "limit": {"50"}})
}

func getProducts(v url.Values) (content.ProductList, error) {
	status, body, err := fetch("GET", "/api/v1/kiosk/products?"+v.Encode(), "", "")
	if err != nil {
		return content.ProductList{}, err
	}
	if status != 200 {
		return content.ProductList{}, fmt.Errorf("kiosk: search: status %d", status)
	}
	var list content.ProductList
	err = json.Unmarshal([]byte(body), &list)
	return list, err
}

// callState is where the shopper's call for staff stands.
type callState int

const (
	callNone callState = iota
	callBusy
	callDone    // staff were called
	callAlready // called before: someone is on the way
	callFailed
)

func (p *Page) onCallStaff(ctx app.Context, e app.Event) {
	if p.call == callBusy {
		return
	}
	p.call = callBusy
	place := ""
	if p.state.Device != nil {
		place = p.state.Device.Name
	}
	ctx.Async(func() {
		st := postStaffCall(place)
		ctx.Dispatch(func(ctx app.Context) {
			if p.call != callBusy {
				return // the idle reset came first
			}
			p.call = st
			p.say(ctx, p.callText(), false)
		})
	})
}

func postStaffCall(place string) callState {
	body, _ := json.Marshal(rest.StaffCallInput{Place: place})
	status, _, err := fetch("POST", "/api/v1/kiosk/staff-calls", string(body), "")
	switch {
	case err != nil:
		return callFailed
	case status == 201:
		return callDone
	case status == 200, status == 429:
		return callAlready
	}
	return callFailed
}

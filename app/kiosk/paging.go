package kiosk

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// pager is one page of a list too long for the screen: the items it shows
// and where it is among the pages. A page is reached with "previous page"
// and "next page" choices, never by scrolling: a shopper who does not know
// the screen scrolls would never see what is below its edge.
type pager struct {
	from, to    int // the items on this page
	page, pages int
}

// paged splits n items into pages of at most per and returns page (a stale
// page number wraps). With most above 0 (elder mode) the paging choices
// count too: no page offers more than most choices in all, so a page
// with "previous page" or "next page" holds that many items fewer.
func paged(n, per, most, page int) pager {
	if per < 1 || most > 0 && most < 3 {
		return pager{0, n, 0, 1}
	}
	size := func(from int) int {
		if most == 0 {
			return per
		}
		prev := btoi(from > 0)
		if last := min(per, most-prev); n-from <= last {
			return last
		}
		return min(per, most-prev-1)
	}
	if n <= size(0) {
		return pager{0, n, 0, 1}
	}
	var starts []int
	for from := 0; from < n; from += size(from) {
		starts = append(starts, from)
	}
	pages := len(starts)
	page %= pages
	to := n
	if page+1 < pages {
		to = starts[page+1]
	}
	return pager{starts[page], to, page, pages}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// elderPaged pages a list in elder mode only, MaxChoices at a time.
func (p *Page) elderPaged(n, page int) pager {
	if !p.route.Modes.Has(Elder) {
		return pager{0, n, 0, 1}
	}
	return paged(n, MaxChoices, MaxChoices, page)
}

// prev and next are the pages the paging choices lead to; -1 for none.
func (pg pager) prev() int {
	if pg.page == 0 {
		return -1
	}
	return pg.page - 1
}

func (pg pager) next() int {
	if pg.page+1 >= pg.pages {
		return -1
	}
	return pg.page + 1
}

// pageLabels are what the paging choices say, and where the shopper is
// ("page 1 of 2"): "previous page" is "back to page 1" when it goes there.
func pageLabels(l string, pg pager) (prev, next, where string) {
	where = i18n.T(l, i18n.PagePosition, "Index", pg.page+1, "Total", pg.pages)
	prev = i18n.T(l, i18n.PagePrev)
	if pg.page == 1 {
		prev = i18n.T(l, i18n.PageFirst)
	}
	return prev, i18n.T(l, i18n.PageNext), where
}

// more adds the way through a long list below it: where the shopper is,
// said once after the title, between "previous page" and "next page".
func (p *Page) more(v *view, pg pager) {
	if pg.pages < 2 {
		return
	}
	prev, next, where := pageLabels(p.route.Locale, pg)
	v.say = append(v.say, where)
	to := func(page int) Route {
		r := p.route
		r.Page = page
		return r
	}
	var body []app.UI
	if pg.prev() >= 0 {
		body = append(body, v.tile(to(pg.prev()), "sc-page-prev", pagingIcon(false), prev))
	}
	body = append(body, app.P().Class("sc-page-position").Text(where))
	if pg.next() >= 0 {
		body = append(body, v.tile(to(pg.next()), "sc-page-next", pagingIcon(true), next))
	}
	v.add(app.Nav().Class("sc-more").Aria("label", where).Body(body...))
}

package kiosk

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tileKind is what a screen of big choices shows in each tile, which
// decides how many fit: an icon with a line or two, or a picture with a
// name, a price and dates.
type tileKind int

const (
	iconTiles tileKind = iota
	pictureTiles
)

// tileGrid is how many tiles fit on one page at most: cols across, rows
// down. Each is worked out for a 1080×1920 or 1920×1080 kiosk with the
// mode's text size, the header and the accessibility bar, so a page's
// tiles always fit on the screen whole; the e2e test TestKioskFillsScreen
// measures that they do.
type tileGrid struct{ cols, rows int }

func gridFor(k tileKind, m Modes, wide bool) tileGrid {
	large := m.Has(Large)
	switch {
	case k == iconTiles && wide && large:
		return tileGrid{3, 1}
	case k == iconTiles && wide:
		return tileGrid{3, 2}
	case k == iconTiles && m.Has(Elder):
		return tileGrid{1, 4}
	case k == iconTiles:
		return tileGrid{2, 3}
	case wide && large: // side by side: the picture, then the words
		return tileGrid{2, 1}
	case wide:
		return tileGrid{4, 2}
	case large:
		return tileGrid{2, 2}
	}
	return tileGrid{2, 3}
}

// tilePage is the page of n tiles of kind k the route asks for: as many
// as fit, and in elder mode never more than MaxChoices choices with the
// paging ones.
func (p *Page) tilePage(k tileKind, n int) pager {
	g := gridFor(k, p.route.Modes, p.wide)
	most := 0
	if p.route.Modes.Has(Elder) {
		most = MaxChoices
	}
	return paged(n, g.cols*g.rows, most, p.route.Page)
}

// tiles lays out one page's tiles in a grid that fills the screen below
// the title: the fewest rows that hold them, as many columns as those
// rows need, each row an equal share of the height. A last tile short of
// a full row spans the cells left, so no hole is left beside it.
func (p *Page) tiles(k tileKind, class string, items []app.UI) app.UI {
	g := gridFor(k, p.route.Modes, p.wide)
	n := max(len(items), 1)
	rows := (n + g.cols - 1) / g.cols
	cols := (n + rows - 1) / rows
	lis := make([]app.UI, len(items))
	for i, it := range items {
		li := app.Li().Body(it)
		if i == len(items)-1 && cols*rows > n {
			li = li.Class("sc-span-" + strconv.Itoa(cols*rows-n+1))
		}
		lis[i] = li
	}
	return app.Ul().Class(class + " sc-tiles sc-cols-" + strconv.Itoa(cols) + " sc-rows-" + strconv.Itoa(rows)).Body(lis...)
}

// measure notes whether the screen is wider than tall: how many tiles a
// page holds depends on it.
func (p *Page) measure() bool {
	w, h := app.Window().Size()
	wide := w > h
	changed := wide != p.wide
	p.wide = wide
	return changed
}

package kiosk

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
)

// The price check's own keypad: most kiosks have neither an input method
// for Chinese nor a barcode scanner, so a shopper taps the pinyin of a
// name (its initials "CM", or "caomei", for 草莓) or a barcode's digits.
// The server spells every product in pinyin, so the kiosk needs no
// dictionary of its own.

// keypadRows are the keys, digits first as on a phone, then the letters as
// on the keyboards pinyin is typed on.
var keypadRows = []string{"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"}

// The keys that edit rather than type.
const (
	keySpace  = "space"
	keyDelete = "delete"
	keyClear  = "clear"
)

// KeypadPause is how long the results wait after a key for the next one,
// so a shopper tapping quickly sees one answer, not one per key.
const KeypadPause = 250 * time.Millisecond

// typeKey is the query after one keypad key; pure, so it is tested alone.
// Letters are typed in lower case, as pinyin is written; the query never
// grows past content.MaxQueryRunes.
func typeKey(query, key string) string {
	switch key {
	case keyClear:
		return ""
	case keyDelete:
		if r := []rune(query); len(r) > 0 {
			return string(r[:len(r)-1])
		}
		return ""
	case keySpace:
		if query == "" || strings.HasSuffix(query, " ") {
			return query
		}
		key = " "
	}
	if utf8.RuneCountInString(query) >= content.MaxQueryRunes {
		return query
	}
	return query + strings.ToLower(key)
}

// liveStep is what typing a query leads to.
type liveStep int

const (
	liveClear  liveStep = iota // nothing typed: no answer to show
	liveSearch                 // ask the server
	liveWait                   // part of a barcode: wait for more digits
	liveError                  // a query that cannot be searched for
)

// liveFor decides what a query typed so far leads to; pure. Eight to
// thirteen digits that are not yet a barcode wait for more rather than
// show an error the shopper has not finished making.
func liveFor(query string) (content.ProductQuery, liveStep, error) {
	if strings.TrimSpace(query) == "" {
		return content.ProductQuery{}, liveClear, nil
	}
	q, err := content.ParseProductQuery(query)
	switch {
	case err == nil:
		return q, liveSearch, nil
	case errors.Is(err, content.ErrBarcodeLength), errors.Is(err, content.ErrBarcodeCheckSum):
		return q, liveWait, nil
	}
	return q, liveError, err
}

// keypadView is the price check's keypad.
func (p *Page) keypadView() app.UI { return p.keypadFor(p.onKeypad) }

// keypadFor is the keypad: the keys, then space, delete and clear, each
// press handled by onKey.
func (p *Page) keypadFor(onKey func(key string) app.EventHandler) app.UI {
	l := p.route.Locale
	var rows []app.UI
	for _, row := range keypadRows {
		var keys []app.UI
		for _, k := range strings.Split(row, "") {
			keys = append(keys, app.Button().Type("button").Class("sc-key").ID("sc-key-"+strings.ToLower(k)).
				DataSet("key", k).Text(k).OnClick(onKey(k)))
		}
		rows = append(rows, app.Div().Class("sc-keys").Body(keys...))
	}
	edit := func(key, label string) app.UI {
		return app.Button().Type("button").Class("sc-key sc-key-" + key).ID("sc-key-" + key).
			Text(label).OnClick(onKey(key))
	}
	rows = append(rows, app.Div().Class("sc-keys sc-keys-edit").Body(
		edit(keySpace, i18n.T(l, i18n.KeypadSpace)),
		edit(keyDelete, i18n.T(l, i18n.KeypadDelete)),
		edit(keyClear, i18n.T(l, i18n.KeypadClear)),
	))
	return app.Div().Class("sc-keypad").Attr("role", "group").Aria("label", i18n.T(l, i18n.KeypadLabel)).Body(rows...)
}

func (p *Page) onKeypad(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		query := typeKey(p.search.query, key)
		setBox(query)
		p.typed(ctx, query, true)
	}
}

// setBox puts query in the search box. go-app drops an empty value
// attribute rather than set it, which would leave the last letter there.
func setBox(query string) {
	if box := app.Window().GetElementByID("sc-q"); box.Truthy() {
		box.Set("value", query)
	}
}

// typed shows the answer to what is in the box now, after a short pause
// for the next key. From the keypad (said) voice mode reads what is
// typed and then the answer; typing in the box itself is only shown.
func (p *Page) typed(ctx app.Context, query string, said bool) {
	s := &p.search
	s.seq++
	seq := s.seq
	s.query, s.cat, s.hint = query, "", ""
	q, step, err := liveFor(query)
	lead := ""
	if said {
		lead = i18n.T(p.route.Locale, i18n.KeypadNothing)
		if query != "" {
			lead = i18n.T(p.route.Locale, i18n.KeypadTyped, "Query", a11y.Spell(strings.ToUpper(query)))
		}
	}
	switch step {
	case liveClear:
		s.asked, s.result, s.errID, s.busy = "", nil, "", false
		p.sayIf(ctx, said, lead)
	case liveWait:
		// A lookup still in flight for fewer digits is now stale and will
		// be dropped: it must not leave "searching" on screen.
		s.asked, s.result, s.errID, s.busy = "", nil, "", false
		s.hint = i18n.KeypadKeepTyping
		p.sayIf(ctx, said, sentences(p.route.Locale, []string{lead, i18n.T(p.route.Locale, s.hint)}))
	case liveError:
		s.asked, s.result, s.busy, s.errID = query, nil, false, queryError(err)
		p.sayIf(ctx, said, sentences(p.route.Locale, []string{lead, p.resultsSpeech()}))
	default:
		p.sayIf(ctx, said, lead)
		ctx.After(KeypadPause, func(ctx app.Context) {
			if seq != s.seq {
				return // another key, or the idle reset, came first
			}
			p.ask(ctx, query, said, lead, func() (content.ProductList, error) { return fetchProducts(q) })
		})
	}
}

func (p *Page) sayIf(ctx app.Context, ok bool, text string) {
	if ok {
		p.say(ctx, text, false)
	}
}

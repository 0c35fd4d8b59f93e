package console

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/form"
	"storecast/app/content"
)

func cents(n int64) *int64 { return &n }

// attrOn says whether the element with id in html has the boolean
// attribute attr set (HTMLString writes an unset one as attr="false").
func attrOn(html, id, attr string) bool {
	tag := regexp.MustCompile(`<[a-z]+ [^>]*id="` + regexp.QuoteMeta(id) + `"[^>]*>`).FindString(html)
	return regexp.MustCompile(` ` + attr + `( |>|="` + attr + `"|="true")`).MatchString(tag)
}

// A product card says where the price comes from: at head office what it
// lets stores do; in a store whether the price is head office's or the
// store's own, and whether head office paused it.
func TestProductCardChainPrice(t *testing.T) {
	tests := []struct {
		name string
		hq   bool
		p    content.Product
		want []string
		not  []string
	}{
		{"standalone", false, content.Product{Price: 500}, nil, []string{"Chain price", "Own price", "Paused"}},
		{"head office", true, content.Product{Price: 500, Overridable: true, HQPaused: true},
			[]string{"Stores may set their own price", "Paused in every store"}, []string{"Chain price"}},
		{"store, chain price", false, content.Product{Price: 500, HQPrice: cents(500), HQPaused: true},
			[]string{"Chain price", "Paused by head office"}, []string{"Own price"}},
		{"store, own price", false, content.Product{Price: 450, HQPrice: cents(500), Overridable: true},
			[]string{"Own price · chain price ¥5.00"}, []string{"Paused"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &Products{Locale: content.LocaleEn, HQ: tt.hq}
			tt.p.SKU, tt.p.Name = "RICE", content.Text{content.LocaleEn: "Rice"}
			html := app.HTMLString(v.card(tt.p))
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("card lacks %q:\n%s", w, html)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(html, w) {
					t.Errorf("card shows %q:\n%s", w, html)
				}
			}
		})
	}
}

// Head office's editor has the two choices for every store; a store's
// shows head office's price, and its price field is read-only, saying
// why, where head office allows no price of its own.
func TestProductEditorChainPrice(t *testing.T) {
	tests := []struct {
		name     string
		hq       bool
		p        content.Product
		want     []string
		not      []string
		readOnly bool
	}{
		{"head office", true, content.Product{Price: 500, Overridable: true},
			[]string{"Stores may set their own price", "Paused in every store"}, []string{"Chain price"}, false},
		{"standalone", false, content.Product{Price: 500}, nil, []string{"Stores may set", "Chain price"}, false},
		{"store, locked", false, content.Product{Price: 500, HQPrice: cents(500), HQPaused: true},
			[]string{"Chain price: ¥5.00", "does not allow a store&#39;s own", "Paused by head office"}, []string{"Stores may set"}, true},
		{"store, overridable", false, content.Product{Price: 450, HQPrice: cents(500), Overridable: true},
			[]string{"Chain price: ¥5.00", "lets this store set its own price"}, []string{"Paused"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.p.SKU, tt.p.Name = "RICE", content.Text{content.LocaleEn: "Rice"}
			e := &ProductEditor{Locale: content.LocaleEn, HQ: tt.hq, Product: tt.p}
			e.draft = form.NewProductDraft(tt.p)
			e.draft.HQ = tt.hq
			html := app.HTMLString(e.Render())
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("editor lacks %q:\n%s", w, html)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(html, w) {
					t.Errorf("editor shows %q", w)
				}
			}
			if got := attrOn(html, "product-price", "readonly"); got != tt.readOnly {
				t.Errorf("price read-only: got %v; want %v", got, tt.readOnly)
			}
			if tt.hq && (!attrOn(html, "product-overridable", "checked") || attrOn(html, "product-hq_paused", "checked")) {
				t.Errorf("head office's choices do not show the product's (overridable, not paused)")
			}
		})
	}
}

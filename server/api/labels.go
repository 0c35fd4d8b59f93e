package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"storecast/app/i18n"
	"strings"

	"storecast/app/content"
	"storecast/app/palette"
	"storecast/server/coupon"
	"storecast/server/store"
)

// maxLabels bounds one sheet of shelf labels: 500 labels are 21 A4 pages,
// more than one person prints and cuts at once.
const maxLabels = 500

// labelsPerPage is one A4 sheet's labels: 3 across, 8 down.
const labelsPerPage = 24

// labelSheet is the labels' one style: each sheet of labelsPerPage is
// an A4 page of its own (8 rows of 31 mm and 7 gaps of 4 mm fill the
// 277 mm inside the margins, and a page break follows), so no label
// splits across pages whatever the browser's grid fragmentation does. The brand colour follows as a custom property.
const labelSheet = `@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, sans-serif; color: #000; background: #fff; }
main { margin: 0; }
.sheet { display: grid; grid-template-columns: repeat(3, 1fr); grid-auto-rows: 31mm; gap: 4mm; break-after: page; }
.sheet:last-child { break-after: auto; }
@media screen { .sheet { margin-bottom: 4mm; } }
.label { break-inside: avoid; page-break-inside: avoid; height: 31mm; border: 0.4mm solid var(--brand);
  padding: 2mm; display: grid; grid-template-columns: 1fr 24mm; gap: 2mm; overflow: hidden; }
.label h2 { margin: 0; font-size: 11pt; line-height: 1.2; }
.price { margin: 1mm 0 0; font-size: 18pt; font-weight: 700; }
.unit { font-size: 9pt; font-weight: 400; }
.store { margin: 1mm 0 0; font-size: 8pt; color: var(--brand); }
.label svg { width: 24mm; height: 24mm; align-self: center; }
h1 { font-size: 12pt; margin: 0 0 4mm; }
@media print { h1 { display: none; } }`

// label is one product's label.
type label struct {
	SKU, Name, Price, Unit string
	QRSize                 int
	QR                     string // SVG path data in modules
}

var labelPage = template.Must(template.New("labels").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>{{.Style}}</style></head><body><h1>{{.Title}}</h1><main>
{{range .Sheets}}<section class="sheet">
{{range .}}<article class="label"><div><h2>{{.Name}}</h2>
<p class="price">{{.Price}}{{with .Unit}} <span class="unit">/ {{.}}</span>{{end}}</p>
<p class="store">{{$.Store}}</p></div>
<svg role="img" aria-label="QR {{.SKU}}" viewBox="0 0 {{.QRSize}} {{.QRSize}}" shape-rendering="crispEdges"><rect width="{{.QRSize}}" height="{{.QRSize}}" fill="#fff"/><path fill="#000" d="{{.QR}}"/></svg>
</article>
{{end}}</section>
{{end}}</main></body></html>`))

// labels renders printable shelf labels for ?sku=A&sku=B or ?category=ID,
// in ?lang= (the store's default otherwise): name, price and unit, the
// store's name in its brand colour, and the product page's QR code drawn
// inline. No script; the one style is allowed by its hash.
func (h *Handler) labels(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lang := q.Get("lang")
	if !slices.Contains(content.Locales, lang) {
		lang = content.DefaultLocale
	}
	ps, err := h.labelProducts(r, q["sku"], q.Get("category"))
	var bad *labelError
	if errors.As(err, &bad) {
		writeError(w, http.StatusUnprocessableEntity, "invalid", bad.msg)
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	brand, err := h.store.Brand(r.Context())
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		h.internal(w, r, err)
		return
	}
	// Derived for white paper at 7:1 (app/palette), so the store's name
	// and the label's border stay readable whatever the brand's colour.
	colour := "#000000"
	if c, err := palette.Parse(brand.Color); err == nil {
		colour = palette.Derive(c, palette.Elder).Text.Fg.String()
	}
	v := struct {
		Lang, Title, Store string
		Style              template.CSS
		Sheets             [][]label
	}{Lang: lang, Title: i18n.T(lang, i18n.LabelsTitle), Store: brand.Name.In(lang),
		Style: template.CSS(labelSheet + "\n:root { --brand: " + colour + "; }\n")}
	base := strings.TrimRight(h.publicURL, "/")
	for _, p := range ps {
		size, d, err := coupon.QRPath(base + "/p/" + p.SKU)
		if err != nil {
			h.internal(w, r, err)
			return
		}
		l := label{SKU: p.SKU, Name: p.Name.In(lang), Price: content.FormatPrice(p.Price), Unit: p.Unit, QRSize: size, QR: d}
		if len(v.Sheets) == 0 || len(v.Sheets[len(v.Sheets)-1]) == labelsPerPage {
			v.Sheets = append(v.Sheets, nil)
		}
		v.Sheets[len(v.Sheets)-1] = append(v.Sheets[len(v.Sheets)-1], l)
	}
	var b bytes.Buffer
	if err := labelPage.Execute(&b, v); err != nil {
		h.internal(w, r, err)
		return
	}
	sum := sha256.Sum256([]byte(string(v.Style)))
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Content-Security-Policy", "default-src 'none'; style-src 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+
		"'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	w.Write(b.Bytes())
}

// labelError is a request for labels that cannot be printed.
type labelError struct{ msg string }

func (e *labelError) Error() string { return e.msg }

// labelProducts reads the products the request names: SKUs or a category,
// one of them, at most maxLabels.
func (h *Handler) labelProducts(r *http.Request, skus []string, category string) ([]content.Product, error) {
	switch {
	case len(skus) > 0 && category != "", len(skus) == 0 && category == "":
		return nil, &labelError{"give either sku (repeated) or category"}
	case len(skus) > maxLabels:
		return nil, &labelError{fmt.Sprintf("at most %d labels at once; %d asked", maxLabels, len(skus))}
	case category != "":
		l, err := h.store.CategoryToPrint(r.Context(), category, maxLabels+1)
		if err != nil {
			return nil, err
		}
		if l.Total > maxLabels {
			return nil, &labelError{fmt.Sprintf("at most %d labels at once; category %q has %d", maxLabels, category, l.Total)}
		}
		if len(l.Products) == 0 {
			return nil, &labelError{fmt.Sprintf("category %q has no products", category)}
		}
		return l.Products, nil
	}
	ps := make([]content.Product, 0, len(skus))
	for _, sku := range skus {
		p, err := h.store.ProductBySKU(r.Context(), sku)
		if errors.Is(err, store.ErrNotFound) {
			return nil, &labelError{fmt.Sprintf("no product with sku %q", sku)}
		}
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, nil
}

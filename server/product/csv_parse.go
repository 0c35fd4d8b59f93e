package product

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
)

// Limits of one file.
const (
	MaxRows   = 50_000
	MaxErrors = 200 // more than this and the rest are not listed
)

// Parsed is a checked file: the good products, and an error for each bad
// row (or for the file). Import stores Products only when Errors is empty.
type Parsed struct {
	Products []content.Product
	Lines    []int // the file line of each product, for errors found later
	Errors   []content.ImportError
}

// Parse reads a product file. knownCategory says whether a category id
// exists; nil accepts any valid id.
func Parse(r io.Reader, knownCategory func(id string) bool) Parsed {
	p := &parser{known: knownCategory, skus: map[string]int{}, barcodes: map[string]int{}}
	p.run(r)
	return p.out
}

type parser struct {
	out      Parsed
	known    func(string) bool
	cols     map[string]int // column name → field index
	width    int
	skus     map[string]int // sku → first line
	barcodes map[string]int // barcode → first line
}

func (p *parser) fail(line int, column, code, value string, other int) bool {
	if len(p.out.Errors) >= MaxErrors {
		if p.out.Errors[len(p.out.Errors)-1].Code != content.ImportTooManyErrors {
			p.out.Errors = append(p.out.Errors, content.ImportError{Code: content.ImportTooManyErrors})
		}
		return false
	}
	p.out.Errors = append(p.out.Errors, content.ImportError{Line: line, Column: column, Code: code, Value: shorten(value), Other: other})
	return true
}

// bad records a problem with a line and returns false, for checks that
// go on to the next field.
func (p *parser) bad(line int, column, code, value string, other int) bool {
	p.fail(line, column, code, value, other)
	return false
}

func (p *parser) run(r io.Reader) {
	br := bufio.NewReader(r)
	if bom, err := br.Peek(3); err == nil && bytes.Equal(bom, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3) // Excel writes a byte-order mark
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // counted here, so every bad line is reported
	cr.ReuseRecord = false
	header := true
	rows := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
				err = pe.Err
			}
			if !p.fail(line, "", content.ImportBadCSV, err.Error(), 0) {
				return
			}
			if header {
				return
			}
			continue
		}
		if header {
			header = false
			if !p.header(line, rec) {
				return
			}
			continue
		}
		if rows++; rows > MaxRows {
			p.fail(0, "", content.ImportTooManyRows, "", MaxRows)
			return
		}
		if !p.row(line, rec) && len(p.out.Errors) > MaxErrors {
			return
		}
	}
	if header {
		p.fail(0, "", content.ImportEmptyFile, "", 0)
	}
}

func (p *parser) header(line int, rec []string) bool {
	for _, f := range rec {
		if !utf8.ValidString(f) {
			p.fail(line, "", content.ImportNotUTF8, "", 0)
			return false
		}
	}
	p.cols = map[string]int{}
	p.width = len(rec)
	ok := true
	for i, f := range rec {
		name := canonicalColumn(strings.TrimSpace(f))
		switch {
		case name == "":
			ok = p.bad(line, "", content.ImportUnknownColumn, f, 0)
		case p.has(name):
			ok = p.bad(line, name, content.ImportDuplicateColumn, name, 0)
		default:
			p.cols[name] = i + 1 // 1-based so the zero value means "absent"
		}
	}
	if !p.has("sku") && !p.has("price") && !p.hasName() {
		// Not a header at all: most likely data without one.
		p.out.Errors = p.out.Errors[:0]
		p.fail(line, "", content.ImportNoHeader, strings.Join(rec, ","), 0)
		return false
	}
	for _, c := range []string{"sku", "price"} {
		if !p.has(c) {
			ok = p.bad(line, c, content.ImportMissingColumn, c, 0)
		}
	}
	if !p.hasName() {
		ok = p.bad(line, "name_en", content.ImportMissingColumn, "name_zh-Hans / name_zh-Hant / name_en", 0)
	}
	return ok
}

func (p *parser) has(col string) bool { return p.cols[col] != 0 }

func (p *parser) hasName() bool {
	for _, l := range content.Locales {
		if p.has("name_" + l) {
			return true
		}
	}
	return false
}

// canonicalColumn matches a header cell case-insensitively against
// content.ProductColumns and content.FeedColumns; "" when it is none of
// them.
func canonicalColumn(s string) string {
	for _, cols := range [][]string{content.ProductColumns, content.FeedColumns} {
		for _, c := range cols {
			if strings.EqualFold(s, c) {
				return c
			}
		}
	}
	return ""
}

func (p *parser) field(rec []string, col string) string {
	if i := p.cols[col]; i != 0 && i-1 < len(rec) {
		return strings.TrimSpace(rec[i-1])
	}
	return ""
}

// ParsePrice reads a price in yuan ("12", "12.9", "12.90") as cents.
func ParsePrice(s string) (int64, error) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || len(whole) > 9 || !digits(whole) || hasFrac && (frac == "" || len(frac) > 2 || !digits(frac)) {
		return 0, fmt.Errorf("product: bad price %q", s)
	}
	y, _ := strconv.ParseInt(whole, 10, 64)
	c := int64(0)
	if hasFrac {
		c, _ = strconv.ParseInt(frac, 10, 64)
		if len(frac) == 1 {
			c *= 10
		}
	}
	cents := y*100 + c
	if cents > content.MaxPriceCents {
		return 0, fmt.Errorf("product: price %q is over the limit", s)
	}
	return cents, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func shorten(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "�")
	}
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:39]) + "…"
	}
	return s
}

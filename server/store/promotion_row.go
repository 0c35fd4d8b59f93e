package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"storecast/app/content"
)

// sourceHQ is the source column of an item head office sent (see
// migration 0011): a store holds it read-only.
const sourceHQ = "hq"

// promotionColumns is the SELECT list scanPromotion expects, in its order.
const promotionColumns = `id, title, body, image, price, was_price,
	valid_from, valid_to, priority, category, groups, updated_at, source,
	products, stock_threshold, paused`

// rowScanner is what *sql.Row and *sql.Rows have in common.
type rowScanner interface{ Scan(dest ...any) error }

func scanPromotion(r rowScanner) (content.Promotion, error) {
	var (
		p                content.Promotion
		title, body      string
		groups           string
		validFrom, valid sql.NullInt64
		updatedAt        int64
		source, products string
	)
	err := r.Scan(&p.ID, &title, &body, &p.Image, &p.Price, &p.WasPrice,
		&validFrom, &valid, &p.Priority, &p.Category, &groups, &updatedAt, &source,
		&products, &p.StockThreshold, &p.Paused)
	if err != nil {
		return content.Promotion{}, err
	}
	if p.Title, err = decodeText(title); err != nil {
		return content.Promotion{}, fmt.Errorf("promotion %s title: %w", p.ID, err)
	}
	if p.Body, err = decodeText(body); err != nil {
		return content.Promotion{}, fmt.Errorf("promotion %s body: %w", p.ID, err)
	}
	if p.Groups, err = decodeStrings(groups); err != nil {
		return content.Promotion{}, fmt.Errorf("promotion %s groups: %w", p.ID, err)
	}
	if p.Products, err = decodeStrings(products); err != nil {
		return content.Promotion{}, fmt.Errorf("promotion %s products: %w", p.ID, err)
	}
	p.ValidFrom = fromMillis(validFrom)
	p.ValidTo = fromMillis(valid)
	p.UpdatedAt = time.UnixMilli(updatedAt).UTC()
	p.FromHQ = source == sourceHQ
	return p, nil
}

// normalize puts p in the form it will have when read back: empty text as
// nil and times in UTC at millisecond precision. Callers get back exactly
// what a later read returns.
func normalize(p content.Promotion) content.Promotion {
	if len(p.Title) == 0 {
		p.Title = nil
	}
	if len(p.Body) == 0 {
		p.Body = nil
	}
	if len(p.Groups) == 0 {
		p.Groups = nil
	}
	if len(p.Products) == 0 {
		p.Products = nil
	}
	p.ValidFrom = normalTime(p.ValidFrom)
	p.ValidTo = normalTime(p.ValidTo)
	return p
}

func normalTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC().Truncate(time.Millisecond)
	return &u
}

func encodeText(t content.Text) (string, error) {
	if len(t) == 0 {
		return "{}", nil
	}
	b, err := json.Marshal(t)
	return string(b), err
}

func decodeText(s string) (content.Text, error) {
	var t content.Text
	if err := json.Unmarshal([]byte(s), &t); err != nil {
		return nil, err
	}
	if len(t) == 0 {
		return nil, nil
	}
	return t, nil
}

// encodeStrings stores a list (groups, SKUs, scopes) as a JSON array, []
// for none, as campaigns store their groups.
func encodeStrings(groups []string) (string, error) {
	if len(groups) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(groups)
	return string(b), err
}

// decodeStrings reads what encodeStrings wrote; none is nil, as
// normalize makes it.
func decodeStrings(s string) ([]string, error) {
	var g []string
	if err := json.Unmarshal([]byte(s), &g); err != nil {
		return nil, err
	}
	if len(g) == 0 {
		return nil, nil
	}
	return g, nil
}

// toMillis stores an optional time; nil becomes SQL NULL.
func toMillis(t *time.Time) sql.NullInt64 {
	if t == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMilli(), Valid: true}
}

func fromMillis(n sql.NullInt64) *time.Time {
	if !n.Valid {
		return nil
	}
	t := time.UnixMilli(n.Int64).UTC()
	return &t
}

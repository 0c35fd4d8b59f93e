package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
)

// MaxProductPage is the most products one page of the console's list holds.
const MaxProductPage = 100

// ProductPage is the console's product list: the products whose search
// text holds every word of text (the kiosk's matching: name, SKU, barcode,
// pinyin and its initials), best matches first, or every product by SKU
// when text is blank; limit of them from offset, and how many there are in
// all.
func (s *Store) ProductPage(ctx context.Context, text string, offset, limit int) (content.ProductList, error) {
	if utf8.RuneCountInString(text) > content.MaxQueryRunes {
		return content.ProductList{}, fmt.Errorf("store: product page: %w", ErrQueryTooLong)
	}
	limit = min(max(limit, 1), MaxProductPage)
	offset = max(offset, 0)
	words := strings.Fields(strings.ToLower(text))
	cond, args, order := "1", []any{}, "sku"
	if len(words) > 0 {
		cond, args = searchWhere(words)
		order = "instr(search, ?) = 0, instr(search, ?), length(search), sku"
	}
	out := content.ProductList{Products: []content.Product{}}
	if err := s.queryRow(ctx, `SELECT count(*) FROM products WHERE `+cond, args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("store: product page: %w", err)
	}
	if len(words) > 0 {
		args = append(args, "\n"+words[0], words[0])
	}
	ps, err := queryAll(ctx, s, scanProduct, `SELECT `+productColumns+` FROM products WHERE `+cond+`
		ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, limit, offset)...)
	if err != nil {
		return out, fmt.Errorf("store: product page: %w", err)
	}
	out.Products = ps
	return out, nil
}

// Product returns the product with sku, or ErrNotFound.
func (s *Store) Product(ctx context.Context, sku string) (content.Product, error) {
	p, err := scanProduct(s.queryRow(ctx, `SELECT `+productColumns+` FROM products WHERE sku = ?`, sku))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Product{}, fmt.Errorf("store: product %q: %w", sku, err)
	}
	return p, nil
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"storecast/app/content"
)

const productColumns = `sku, barcode, name, price, category, aisle, coalesce(pinyin, ''), updated_at,
	stock, unit, image, online_price, online_at, delivery_price, delivery_at,
	(SELECT coalesce(json_group_array(b.barcode), '[]') FROM product_barcodes b WHERE b.sku = products.sku),
	overridable, hq_paused, hq_price`

// Anyone can search (the kiosk's price check is public), so what one
// search costs is bounded: its length, the rows it returns, and how far it
// counts.
const (
	maxBarcodeLen = 14   // GTIN-14
	maxSearchRows = 50   // products one search returns at most
	maxSearchHits = 1000 // a search counts matches up to this many
)

// ErrQueryTooLong is returned for a search longer than
// content.MaxQueryRunes characters or a barcode longer than a GTIN-14.
var ErrQueryTooLong = fmt.Errorf("store: %w (at most %d characters)", content.ErrQueryTooLong, content.MaxQueryRunes)

func scanProduct(r rowScanner) (content.Product, error) {
	var (
		p                       content.Product
		name, barcodes          string
		ms                      int64
		stock, online, delivery sql.NullInt64
		onlineAt, deliveryAt    sql.NullInt64
		hqPrice                 sql.NullInt64
	)
	if err := r.Scan(&p.SKU, &p.Barcode, &name, &p.Price, &p.Category, &p.Aisle, &p.Pinyin, &ms,
		&stock, &p.Unit, &p.Image, &online, &onlineAt, &delivery, &deliveryAt, &barcodes,
		&p.Overridable, &p.HQPaused, &hqPrice); err != nil {
		return content.Product{}, err
	}
	t, err := decodeText(name)
	if err != nil {
		return content.Product{}, fmt.Errorf("product %s name: %w", p.SKU, err)
	}
	if p.Barcodes, err = decodeStrings(barcodes); err != nil {
		return content.Product{}, fmt.Errorf("product %s barcodes: %w", p.SKU, err)
	}
	p.Name, p.UpdatedAt = t, time.UnixMilli(ms).UTC()
	p.Stock, p.OnlinePrice, p.DeliveryPrice = fromNull(stock), fromNull(online), fromNull(delivery)
	p.OnlineAt, p.DeliveryAt = fromMillis(onlineAt), fromMillis(deliveryAt)
	p.HQPrice = fromNull(hqPrice)
	return p, nil
}

// ProductByBarcode returns the product with barcode, or ErrNotFound.
func (s *Store) ProductByBarcode(ctx context.Context, barcode string) (content.Product, error) {
	if len(barcode) > maxBarcodeLen {
		return content.Product{}, fmt.Errorf("store: product by barcode: %w", ErrQueryTooLong)
	}
	row := s.queryRow(ctx, `SELECT `+productColumns+` FROM products WHERE barcode = ?1 AND barcode <> ''
		OR sku = (SELECT sku FROM product_barcodes WHERE barcode = ?1) LIMIT 1`, barcode)
	p, err := scanProduct(row)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Product{}, fmt.Errorf("store: product by barcode: %w", err)
	}
	return p, nil
}

// ProductBySKU returns the product sku, or ErrNotFound.
func (s *Store) ProductBySKU(ctx context.Context, sku string) (content.Product, error) {
	p, err := scanProduct(s.queryRow(ctx, `SELECT `+productColumns+` FROM products WHERE sku = ?`, sku))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Product{}, fmt.Errorf("store: product: %w", err)
	}
	return p, nil
}

// SearchProducts finds products whose names or SKU hold every word of text
// (already lower case), best matches first, at most limit of them (at most
// maxSearchRows), and says how many match in all, counting up to
// maxSearchHits. A text longer than content.MaxQueryRunes is
// ErrQueryTooLong.
func (s *Store) SearchProducts(ctx context.Context, text string, limit int) (content.ProductList, error) {
	if utf8.RuneCountInString(text) > content.MaxQueryRunes {
		return content.ProductList{}, fmt.Errorf("store: search products: %w", ErrQueryTooLong)
	}
	limit = min(max(limit, 1), maxSearchRows)
	words := strings.Fields(text)
	if len(words) == 0 {
		return content.ProductList{Products: []content.Product{}}, nil
	}
	cond, args := searchWhere(words)
	out := content.ProductList{Products: []content.Product{}}
	if err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM products WHERE `+cond+` LIMIT ?)`,
		append(args, maxSearchHits)...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("store: search products: %w", err)
	}
	// A name that starts with the search comes first, then shorter names.
	ps, err := queryAll(ctx, s, scanProduct, `SELECT `+productColumns+` FROM products WHERE `+cond+`
		ORDER BY instr(search, ?) = 0, instr(search, ?), length(search), sku LIMIT ?`,
		append(args, "\n"+words[0], words[0], limit)...)
	if err != nil {
		return out, fmt.Errorf("store: search products: %w", err)
	}
	out.Products = ps
	return out, nil
}

// searchWhere is the condition that every word is in a product's search
// text, and its arguments: the kiosk's search and the console's list match
// alike.
func searchWhere(words []string) (string, []any) {
	where := make([]string, len(words))
	args := make([]any, len(words))
	for i, w := range words {
		where[i] = `search LIKE ? ESCAPE '\'`
		args[i] = "%" + likeEscape(w) + "%"
	}
	return strings.Join(where, " AND "), args
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ProductCount says how many products there are.
func (s *Store) ProductCount(ctx context.Context) (int, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM products`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count products: %w", err)
	}
	return n, nil
}

// ProductsInCategory lists the products of category id for browsing, in
// pinyin order (so 草莓 sits with the other c's) and then by SKU, at most
// limit of them (at most maxSearchRows), and says how many the category
// has, counting up to maxSearchHits.
func (s *Store) ProductsInCategory(ctx context.Context, id string, limit int) (content.ProductList, error) {
	return s.productsInCategory(ctx, id, min(max(limit, 1), maxSearchRows))
}

// CategoryToPrint lists up to limit products of category id, in
// ProductsInCategory's order, for a sheet of shelf labels: a page may
// print more than a screen browses. Total counts up to maxSearchHits.
func (s *Store) CategoryToPrint(ctx context.Context, id string, limit int) (content.ProductList, error) {
	return s.productsInCategory(ctx, id, min(max(limit, 1), maxSearchHits))
}

func (s *Store) productsInCategory(ctx context.Context, id string, limit int) (content.ProductList, error) {
	out := content.ProductList{Products: []content.Product{}}
	if err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM products WHERE category = ? LIMIT ?)`,
		id, maxSearchHits).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("store: products in category: %w", err)
	}
	ps, err := queryAll(ctx, s, scanProduct, `SELECT `+productColumns+` FROM products WHERE category = ?
		ORDER BY coalesce(pinyin, ''), sku LIMIT ?`, id, limit)
	if err != nil {
		return out, fmt.Errorf("store: products in category: %w", err)
	}
	out.Products = ps
	return out, nil
}

// fromNull reads an optional number; SQL NULL becomes nil.
func fromNull(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	return &n.Int64
}

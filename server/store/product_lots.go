package store

import (
	"context"
	"fmt"

	"storecast/app/content"
)

// ProductLot is a lot with what the markdown rule needs of its product.
type ProductLot struct {
	SKU        string
	Name       content.Text
	Price      int64
	BestBefore string // YYYY-MM-DD, the store's date
	Quantity   int64
}

// LotsBestBefore returns the lots with something left best before from
// to through (inclusive store dates) that no editor has decided on yet,
// the soonest first.
func (s *Store) LotsBestBefore(ctx context.Context, from, through string) ([]ProductLot, error) {
	out, err := queryAll(ctx, s, func(r rowScanner) (ProductLot, error) {
		var (
			l    ProductLot
			name string
		)
		if err := r.Scan(&l.SKU, &name, &l.Price, &l.BestBefore, &l.Quantity); err != nil {
			return l, err
		}
		t, err := decodeText(name)
		l.Name = t
		return l, err
	}, `SELECT l.sku, p.name, p.price, l.best_before, l.quantity FROM product_lots l JOIN products p USING (sku)
		WHERE l.quantity > 0 AND l.best_before BETWEEN ? AND ?
		AND NOT EXISTS (SELECT 1 FROM markdown_decisions d WHERE d.sku = l.sku AND d.best_before = l.best_before)
		ORDER BY l.best_before, l.sku`, from, through)
	if err != nil {
		return nil, fmt.Errorf("store: lots: %w", err)
	}
	return out, nil
}

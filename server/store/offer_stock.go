package store

import (
	"context"
	"fmt"

	"storecast/app/content"
)

// pausedExpr is an SQL expression saying whether an offer linked to the
// products in the JSON array of SKUs products is paused: every one of
// them exists and has a known stock of at most threshold, or head office
// paused it. A SKU the store
// does not know counts as in stock, so a typo never hides an offer.
func pausedExpr(products, threshold string) string {
	return `((SELECT count(DISTINCT value) FROM json_each(` + products + `)) =
		(SELECT count(*) FROM products WHERE sku IN (SELECT value FROM json_each(` + products + `))
			AND (hq_paused = 1 OR stock IS NOT NULL AND stock <= ` + threshold + `)))`
}

// offerPaused works out whether p is paused for want of stock.
func offerPaused(ctx context.Context, tx *Tx, p content.Promotion) (bool, error) {
	if len(p.Products) == 0 {
		return false, nil
	}
	products, err := encodeStrings(p.Products)
	if err != nil {
		return false, err
	}
	var paused bool
	if err := tx.QueryRowContext(ctx, `SELECT `+pausedExpr("?1", "?2"), products, p.StockThreshold).Scan(&paused); err != nil {
		return false, fmt.Errorf("offer %s stock: %w", p.ID, err)
	}
	return paused, nil
}

// repauseOffers pauses the offers linked to products whose stock ran out
// and resumes those restocked, after a write that changed stock, and tells
// screens about each one that changed. It returns their ids.
func (s *Store) repauseOffers(ctx context.Context, tx *Tx) (paused, resumed []string, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM promotions WHERE products <> '[]' AND paused <> `+
		pausedExpr("promotions.products", "promotions.stock_threshold"))
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	for _, id := range ids {
		var p content.Promotion
		if _, err := tx.ExecContext(ctx, `UPDATE promotions SET paused = NOT paused WHERE id = ?`, id); err != nil {
			return nil, nil, err
		}
		row := tx.QueryRowContext(ctx, `SELECT `+promotionColumns+` FROM promotions WHERE id = ?`, id)
		if p, err = scanPromotion(row); err != nil {
			return nil, nil, err
		}
		if p.Paused {
			paused = append(paused, id)
		} else {
			resumed = append(resumed, id)
		}
		if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpPromotionUpsert, Promotion: &p}); err != nil {
			return nil, nil, err
		}
	}
	return paused, resumed, nil
}

package store

import (
	"database/sql"
	"errors"
)

// dropHQProduct, at a store, applies head office deleting the product sku.
//
// A product head office added (hq_added) goes, as it went at head office:
// the chain no longer sells it. One the store's staff made themselves,
// which head office only priced since because it has the same SKU, stays
// and is the store's own again, at the price it has now (the store's own
// where it set one, head office's last otherwise): staff made it with its
// barcode, name and stock before head office had a word on it, and do not
// expect head office's delisting to take away their own item, which they
// can still delete themselves. A product head office never priced, or
// one the store no longer has, is left alone.
func dropHQProduct(tx *Tx, sku string) error {
	ctx := tx.ctx
	var hq sql.NullInt64
	var added bool
	err := tx.QueryRowContext(ctx, `SELECT hq_price, hq_added FROM products WHERE sku = ?`, sku).Scan(&hq, &added)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	case !hq.Valid:
		return nil
	case added:
		_, err = tx.ExecContext(ctx, `DELETE FROM products WHERE sku = ?`, sku)
	default:
		_, err = tx.ExecContext(ctx, `UPDATE products SET hq_price = NULL, own_price = NULL, overridable = 0,
			hq_paused = 0, updated_at = ? WHERE sku = ?`, tx.s.now().UnixMilli(), sku)
	}
	if err != nil {
		return err
	}
	if _, _, err := tx.s.repauseOffers(ctx, tx); err != nil {
		return err
	}
	return tx.emitCatalogue([]string{sku})
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// SourceHQ is the price history's source for a price head office set.
const SourceHQ = "head office"

// ErrHQPrice refuses a store's own price for a product whose price head
// office sets and does not let stores change.
var ErrHQPrice = errors.New("head office sets this product's price for every store and does not allow a store's own price")

// HQPriceError is ErrHQPrice with head office's price, which applies.
type HQPriceError struct{ Price int64 }

func (e *HQPriceError) Error() string {
	return fmt.Sprintf("%v; head office's price %d applies", ErrHQPrice, e.Price)
}

func (e *HQPriceError) Unwrap() error { return ErrHQPrice }

// emitChainPrices, at head office, sends the stores head office's word on
// skus (price, overridable, paused), in the transaction that changed them.
// Stock and the channels' prices stay out: each store's own feed has them.
func (t *Tx) emitChainPrices(skus []string) error {
	if t.s.role != HeadOffice {
		return nil
	}
	for len(skus) > 0 {
		n := min(len(skus), content.MaxChainPrices)
		prices := make([]content.ChainPrice, 0, n)
		for _, sku := range skus[:n] {
			p, err := scanProduct(t.QueryRowContext(t.ctx, `SELECT `+productColumns+` FROM products WHERE sku = ?`, sku))
			if err != nil {
				return fmt.Errorf("chain price %s: %w", sku, err)
			}
			p.Stock, p.OnlinePrice, p.OnlineAt, p.DeliveryPrice, p.DeliveryAt, p.HQPrice = nil, nil, nil, nil, nil, nil
			prices = append(prices, content.ChainPrice{Product: p, Overridable: p.Overridable, Paused: p.HQPaused})
		}
		if err := t.toStores(content.ChainItem{Event: content.Event{Op: content.OpChainPrices, Prices: prices}}); err != nil {
			return err
		}
		skus = skus[n:]
	}
	return nil
}

// applyChainPrices, at a store, applies head office's prices: the price
// that applies is the store's own where head office allows one and the
// store set one, head office's otherwise. A product the store does not
// have is added as head office holds it; one it has keeps its name,
// barcode and the rest, which the store's own feed owns. Offers linked to
// a product head office paused pause, and kiosks hear of every product.
func applyChainPrices(tx *Tx, prices []content.ChainPrice) error {
	ctx, ms := tx.ctx, tx.s.now().UnixMilli()
	skus := make([]string, 0, len(prices))
	for _, cp := range prices {
		p := cp.Product
		if p.SKU == "" || p.Price < 0 {
			continue
		}
		var old int64
		var own sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT price, own_price FROM products WHERE sku = ?`, p.SKU).Scan(&old, &own)
		exists := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if !cp.Overridable {
			own = sql.NullInt64{}
		}
		price := p.Price
		if own.Valid {
			price = own.Int64
		}
		if exists {
			_, err = tx.ExecContext(ctx, `UPDATE products SET price = ?, hq_price = ?, own_price = ?, overridable = ?,
				hq_paused = ?, updated_at = ? WHERE sku = ?`, price, p.Price, own, cp.Overridable, cp.Paused, ms, p.SKU)
		} else {
			err = insertHQProduct(ctx, tx, cp, ms)
		}
		if err != nil {
			return fmt.Errorf("product %q: %w", p.SKU, err)
		}
		if !exists || old != price {
			if _, err := tx.ExecContext(ctx, `INSERT INTO price_history (sku, channel, old, new, actor, source, at)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, p.SKU, ChannelInStore, sql.NullInt64{Int64: old, Valid: exists},
				price, ActorFrom(ctx), SourceHQ, ms); err != nil {
				return err
			}
		}
		skus = append(skus, p.SKU)
	}
	if _, _, err := tx.s.repauseOffers(ctx, tx); err != nil {
		return err
	}
	return tx.emitCatalogue(skus)
}

// insertHQProduct adds a product head office sent that the store lacks,
// marked as head office's (hq_added), so head office deleting it removes
// it (dropHQProduct).
// A barcode another of the store's products has, or a category the store
// does not have, is left out rather than refusing head office's price.
func insertHQProduct(ctx context.Context, tx *Tx, cp content.ChainPrice, ms int64) error {
	p := cp.Product
	p.Barcodes = nil
	if err := checkProduct(ctx, tx.Tx, content.Product{SKU: p.SKU, Barcode: p.Barcode}); err != nil {
		p.Barcode = ""
	}
	if err := checkProduct(ctx, tx.Tx, content.Product{SKU: p.SKU, Category: p.Category}); err != nil {
		p.Category = ""
	}
	name, err := encodeText(p.Name)
	if err != nil {
		return err
	}
	p.Pinyin = spellName(p.Name)
	_, err = tx.ExecContext(ctx, `INSERT INTO products
		(sku, barcode, name, price, category, aisle, unit, image, pinyin, search, updated_at, hq_price, overridable, hq_paused, hq_added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
		p.SKU, p.Barcode, name, p.Price, p.Category, p.Aisle, p.Unit, p.Image, p.Pinyin, searchText(p), ms,
		p.Price, cp.Overridable, cp.Paused)
	return err
}

// ownPrice decides, at a store, what a staff edit's price means for a
// product: where head office sets none, nothing; where it allows a
// store's own, the edit's price is the store's own (none when it equals
// head office's); where it does not, a different price is ErrHQPrice.
func ownPrice(ctx context.Context, tx *Tx, sku string, price int64) (sql.NullInt64, error) {
	var hq sql.NullInt64
	var overridable bool
	err := tx.QueryRowContext(ctx, `SELECT hq_price, overridable FROM products WHERE sku = ?`, sku).Scan(&hq, &overridable)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return sql.NullInt64{}, nil
	case err != nil:
		return sql.NullInt64{}, err
	case tx.s.role != Member || !hq.Valid || hq.Int64 == price:
		return sql.NullInt64{}, nil
	case !overridable:
		return sql.NullInt64{}, &HQPriceError{Price: hq.Int64}
	}
	return sql.NullInt64{Int64: price, Valid: true}, nil
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// ErrUnknownCategory is returned for a product whose category does not
// exist.
var ErrUnknownCategory = errors.New("no category with this id")

// SaveProduct stores one product as staff edited it: a new one (create;
// ErrExists if its SKU is taken) or a replacement of the product with its
// SKU (ErrNotFound if there is none). A barcode another product has is
// ErrBarcodeTaken and a category that does not exist ErrUnknownCategory;
// either changes nothing. The caller validates p first. It returns p as
// stored, with its pinyin.
func (s *Store) SaveProduct(ctx context.Context, p content.Product, create bool) (content.Product, error) {
	p.Pinyin = spellName(p.Name)
	p.UpdatedAt = s.now()
	err := s.change(ctx, "product.save", func(tx *Tx) error {
		if err := checkProduct(ctx, tx.Tx, p); err != nil {
			return err
		}
		name, err := encodeText(p.Name)
		if err != nil {
			return err
		}
		ms := p.UpdatedAt.UnixMilli()
		var old sql.NullInt64
		if !create {
			err := tx.QueryRowContext(ctx, `SELECT price FROM products WHERE sku = ?`, p.SKU).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		var res sql.Result
		if create {
			res, err = tx.ExecContext(ctx, `INSERT INTO products
				(sku, barcode, name, price, category, aisle, unit, image, pinyin, search, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku) DO NOTHING`,
				p.SKU, p.Barcode, name, p.Price, p.Category, p.Aisle, p.Unit, p.Image, p.Pinyin, searchText(p), ms)
		} else {
			own, err := ownPrice(ctx, tx, p.SKU, p.Price)
			if err != nil {
				return err
			}
			res, err = tx.ExecContext(ctx, `UPDATE products SET barcode = ?, name = ?, price = ?, category = ?,
				aisle = ?, unit = ?, image = ?, pinyin = ?, search = ?, updated_at = ?, own_price = ? WHERE sku = ?`,
				p.Barcode, name, p.Price, p.Category, p.Aisle, p.Unit, p.Image, p.Pinyin, searchText(p), ms, own, p.SKU)
		}
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			if create {
				return ErrExists
			}
			return err
		}
		// The price history is what staff and parity read back: a price
		// edited by hand must appear there as a feed's does.
		if !old.Valid || old.Int64 != p.Price {
			if err := recordPrice(ctx, tx, p.SKU, ChannelInStore, old, p.Price, SourceConsole, ms); err != nil {
				return err
			}
		}
		tx.Audit(p.SKU, p.Name.In(content.DefaultLocale))
		return s.saveChainPrice(ctx, tx, &p)
	})
	if err != nil {
		return content.Product{}, fmt.Errorf("store: save product %q: %w", p.SKU, err)
	}
	return p, nil
}

// checkProduct refuses a barcode another product has and a category that
// does not exist.
func checkProduct(ctx context.Context, tx *sql.Tx, p content.Product) error {
	if p.Barcode != "" {
		var owner string
		err := tx.QueryRowContext(ctx, `SELECT sku FROM products WHERE barcode = ? AND sku <> ?`, p.Barcode, p.SKU).Scan(&owner)
		if err == nil {
			return fmt.Errorf("%w: %s", ErrBarcodeTaken, owner)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	if p.Category != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM categories WHERE id = ?`, p.Category).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return ErrUnknownCategory
		}
	}
	return nil
}

// DeleteProduct removes a product for good; ErrNotFound if there is none.
// Offers linked to it pause or resume as if it had never been, and kiosks
// showing it hear it went; at head office the stores hear too
// (dropHQProduct).
func (s *Store) DeleteProduct(ctx context.Context, sku string) error {
	err := s.change(ctx, "product.delete", func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM products WHERE sku = ?`, sku)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(sku, "")
		if _, _, err := s.repauseOffers(ctx, tx); err != nil {
			return err
		}
		if s.role == HeadOffice {
			if err := tx.toStores(content.ChainItem{Event: content.Event{Op: content.OpChainProductDelete, ID: sku}}); err != nil {
				return err
			}
		}
		return tx.emitCatalogue([]string{sku})
	})
	if err != nil {
		return fmt.Errorf("store: delete product %q: %w", sku, err)
	}
	return nil
}

// saveChainPrice, at head office, keeps what staff said of the product for
// the stores (overridable, paused), pauses or resumes head office's own
// offers linked to it, and sends it to the stores. At a store it fills in
// p what head office said, which staff do not change.
func (s *Store) saveChainPrice(ctx context.Context, tx *Tx, p *content.Product) error {
	if s.role != HeadOffice {
		var hq sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT overridable, hq_paused, hq_price FROM products WHERE sku = ?`, p.SKU).
			Scan(&p.Overridable, &p.HQPaused, &hq)
		p.HQPrice = fromNull(hq)
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE products SET overridable = ?, hq_paused = ? WHERE sku = ?`,
		p.Overridable, p.HQPaused, p.SKU); err != nil {
		return err
	}
	if _, _, err := s.repauseOffers(ctx, tx); err != nil {
		return err
	}
	return tx.emitChainPrices([]string{p.SKU})
}

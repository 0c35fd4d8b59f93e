package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// ImportResult says what an import changed.
type ImportResult struct {
	Added   int
	Updated int
}

// BarcodeConflict is an imported product whose barcode already belongs to
// another product that the import leaves alone.
type BarcodeConflict struct {
	Index    int    // position of the product in the import
	Barcode  string //
	OwnerSKU string // the product that has it now
}

// ErrBarcodeTaken is wrapped by ImportProducts' error when it refuses an
// import for BarcodeConflicts; errors.As gives the list.
var ErrBarcodeTaken = errors.New("barcode belongs to another product")

// ConflictError lists every barcode conflict of a refused import.
type ConflictError struct{ Conflicts []BarcodeConflict }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%d imported products have a barcode that belongs to another product", len(e.Conflicts))
}

func (e *ConflictError) Unwrap() error { return ErrBarcodeTaken }

// ImportProducts adds or replaces (by SKU) every product in ps, in one
// transaction: either all of them are stored or none is. The caller
// validates them first and makes sure SKUs and barcodes are unique within
// ps. A barcode that belongs to a product not in ps refuses the whole import
// with a *ConflictError.
func (s *Store) ImportProducts(ctx context.Context, ps []content.Product) (ImportResult, error) {
	var res ImportResult
	inImport := make(map[string]bool, len(ps))
	for _, p := range ps {
		inImport[p.SKU] = true
	}
	now := s.now()
	err := s.change(ctx, "products.import", func(t *Tx) error {
		tx := t.Tx
		res = ImportResult{}
		var conflicts []BarcodeConflict
		for i, p := range ps {
			if p.Barcode == "" {
				continue
			}
			var owner string
			err := tx.QueryRowContext(ctx, `SELECT sku FROM products WHERE barcode = ? AND sku <> ?`, p.Barcode, p.SKU).Scan(&owner)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			} else if err != nil {
				return err
			}
			if !inImport[owner] {
				conflicts = append(conflicts, BarcodeConflict{Index: i, Barcode: p.Barcode, OwnerSKU: owner})
			}
		}
		if len(conflicts) > 0 {
			return &ConflictError{conflicts}
		}
		// Barcodes may move between products of this import: clear them
		// first so the unique index never sees two owners mid-way.
		for _, p := range ps {
			if _, err := tx.ExecContext(ctx, `UPDATE products SET barcode = '' WHERE sku = ?`, p.SKU); err != nil {
				return err
			}
		}
		for _, p := range ps {
			added, err := upsertProduct(ctx, tx, p, now.UnixMilli())
			if err != nil {
				return fmt.Errorf("product %q: %w", p.SKU, err)
			}
			if added {
				res.Added++
			} else {
				res.Updated++
			}
		}
		t.Audit("", fmt.Sprintf("%d added, %d updated", res.Added, res.Updated))
		return nil
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("store: import products: %w", err)
	}
	return res, nil
}

func upsertProduct(ctx context.Context, tx *sql.Tx, p content.Product, ms int64) (added bool, err error) {
	name, err := encodeText(p.Name)
	if err != nil {
		return false, err
	}
	var exists int
	err = tx.QueryRowContext(ctx, `SELECT count(*) FROM products WHERE sku = ?`, p.SKU).Scan(&exists)
	if err != nil {
		return false, err
	}
	p.Pinyin = spellName(p.Name)
	_, err = tx.ExecContext(ctx, `INSERT INTO products
		(sku, barcode, name, price, category, aisle, pinyin, search, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sku) DO UPDATE SET barcode = excluded.barcode, name = excluded.name,
			price = excluded.price, category = excluded.category, aisle = excluded.aisle,
			pinyin = excluded.pinyin, search = excluded.search, updated_at = excluded.updated_at`,
		p.SKU, p.Barcode, name, p.Price, p.Category, p.Aisle, p.Pinyin, searchText(p), ms)
	return exists == 0, err
}

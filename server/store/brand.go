package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// Brand returns the store's brand, or ErrNotFound while none was set
// (screens then show the product's name and colours).
func (s *Store) Brand(ctx context.Context) (content.Brand, error) {
	var b content.Brand
	var name string
	err := s.queryRow(ctx, `SELECT name, logo, color, accent FROM brand WHERE id = 1`).
		Scan(&name, &b.Logo, &b.Color, &b.Accent)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Brand{}, fmt.Errorf("store: brand: %w", err)
	}
	if b.Name, err = decodeText(name); err != nil {
		return content.Brand{}, fmt.Errorf("store: brand: %w", err)
	}
	return b, nil
}

// SetBrand replaces the store's brand and tells every screen. A brand that
// fails content.Brand.Validate is refused with its *content.FieldError and
// changes nothing.
func (s *Store) SetBrand(ctx context.Context, b content.Brand) error {
	if err := b.Validate(); err != nil {
		return err
	}
	err := s.change(ctx, "brand.update", func(tx *Tx) error {
		if err := writeBrand(ctx, tx, b, s.now().UnixMilli()); err != nil {
			return err
		}
		tx.Audit("", b.Name.In(content.DefaultLocale)+" "+b.Color+" "+b.Accent)
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpBrandUpdate, Brand: &b})
	})
	if err != nil {
		return fmt.Errorf("store: set brand: %w", err)
	}
	return nil
}

func writeBrand(ctx context.Context, tx *Tx, b content.Brand, ms int64) error {
	name, err := encodeText(b.Name)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO brand (id, name, logo, color, accent, updated_at)
		VALUES (1, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, logo = excluded.logo,
			color = excluded.color, accent = excluded.accent, updated_at = excluded.updated_at`,
		name, b.Logo, b.Color, b.Accent, ms)
	return err
}

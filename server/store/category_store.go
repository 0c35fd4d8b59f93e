package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// Categories returns every category (at most listMax) in display order.
func (s *Store) Categories(ctx context.Context) ([]content.Category, error) {
	cs, err := queryAll(ctx, s, scanCategory, `SELECT id, name, position, icon FROM categories ORDER BY position, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: categories: %w", err)
	}
	return cs, nil
}

func scanCategory(r rowScanner) (content.Category, error) {
	var c content.Category
	var name string
	err := r.Scan(&c.ID, &name, &c.Position, &c.Icon)
	if err == nil {
		if c.Name, err = decodeText(name); err != nil {
			err = fmt.Errorf("category %s: %w", c.ID, err)
		}
	}
	return c, err
}

// PutCategory adds the category or replaces the one with its id. The
// caller validates c first.
func (s *Store) PutCategory(ctx context.Context, c content.Category) error {
	err := s.change(ctx, "category.save", func(tx *Tx) error {
		if err := putCategory(ctx, tx.Tx, c, s.now().UnixMilli()); err != nil {
			return err
		}
		tx.Audit(c.ID, c.Name.In(content.DefaultLocale))
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpCategoryUpsert, Category: &c})
	})
	if err != nil {
		return fmt.Errorf("store: put category %q: %w", c.ID, err)
	}
	return nil
}

func putCategory(ctx context.Context, tx *sql.Tx, c content.Category, ms int64) error {
	name, err := encodeText(c.Name)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO categories (id, name, position, icon, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position,
			icon = excluded.icon, updated_at = excluded.updated_at`,
		c.ID, name, c.Position, c.Icon, ms)
	return err
}

// ErrCategoryInUse is wrapped by DeleteCategory's error when products or
// promotions still name the category; errors.As gives the counts.
var ErrCategoryInUse = errors.New("category in use")

// CategoryInUseError says what still uses a category staff asked to delete.
type CategoryInUseError struct{ Products, Promotions int }

func (e *CategoryInUseError) Error() string {
	return fmt.Sprintf("the category still has %s and %s: move them to another category first",
		counted(e.Products, "product"), counted(e.Promotions, "promotion"))
}

// counted is "1 product", "2 products".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (e *CategoryInUseError) Unwrap() error { return ErrCategoryInUse }

// DeleteCategory removes a category that no product or promotion uses: one
// still in use is refused with a *CategoryInUseError, so nothing on the
// kiosk loses its category by surprise. ErrNotFound if there is none.
func (s *Store) DeleteCategory(ctx context.Context, id string) error {
	err := s.change(ctx, "category.delete", func(tx *Tx) error {
		var use CategoryInUseError
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM products WHERE category = ?),
			(SELECT count(*) FROM promotions WHERE category = ?)`, id, id).Scan(&use.Products, &use.Promotions); err != nil {
			return err
		}
		if use.Products > 0 || use.Promotions > 0 {
			return &use
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM categories WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(id, "")
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpCategoryDelete, ID: id})
	})
	if err != nil {
		return fmt.Errorf("store: delete category %q: %w", id, err)
	}
	return nil
}

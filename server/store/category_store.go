package store

import (
	"context"
	"database/sql"
	"fmt"

	"storecast/app/content"
)

// Categories returns every category (at most listMax) in display order.
func (s *Store) Categories(ctx context.Context) ([]content.Category, error) {
	cs, err := queryAll(ctx, s, scanCategory, `SELECT id, name, position FROM categories ORDER BY position, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: categories: %w", err)
	}
	return cs, nil
}

func scanCategory(r rowScanner) (content.Category, error) {
	var c content.Category
	var name string
	err := r.Scan(&c.ID, &name, &c.Position)
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
	_, err = tx.ExecContext(ctx, `INSERT INTO categories (id, name, position, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position, updated_at = excluded.updated_at`,
		c.ID, name, c.Position, ms)
	return err
}

// DeleteCategory removes a category; products and promotions in it keep
// the id and show as uncategorised. ErrNotFound if there is none.
func (s *Store) DeleteCategory(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "category.delete", id, "", deleted(content.StreamStore, content.OpCategoryDelete, id), `DELETE FROM categories WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete category %q: %w", id, err)
	}
	return nil
}

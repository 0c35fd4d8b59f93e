package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"storecast/app/content"
)

// ErrCategoryOrder is returned by ReorderCategories for an order that does
// not name every category exactly once.
var ErrCategoryOrder = errors.New("the order must name every category exactly once")

// categoryStep spaces the positions ReorderCategories gives, so a category
// put between two others later (PUT with a position) fits without moving
// the rest.
const categoryStep = 10

// ReorderCategories puts the categories in the order of ids, which must
// name every category exactly once (ErrCategoryOrder otherwise), in one
// change: kiosks see the new order at once, and a refused order changes
// nothing. It returns the categories in their new order.
func (s *Store) ReorderCategories(ctx context.Context, ids []string) ([]content.Category, error) {
	var out []content.Category
	err := s.change(ctx, "category.reorder", func(tx *Tx) error {
		cs, err := txQueryAll(ctx, tx, scanCategory, `SELECT id, name, position, icon FROM categories ORDER BY position, id`)
		if err != nil {
			return err
		}
		if !sameIDs(cs, ids) {
			return ErrCategoryOrder
		}
		byID := make(map[string]content.Category, len(cs))
		for _, c := range cs {
			byID[c.ID] = c
		}
		ms := s.now().UnixMilli()
		out = make([]content.Category, 0, len(ids))
		for i, id := range ids {
			c := byID[id]
			old := c.Position
			c.Position = (i + 1) * categoryStep
			out = append(out, c)
			if c.Position == old {
				continue
			}
			if err := putCategory(ctx, tx.Tx, c, ms); err != nil {
				return err
			}
			if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpCategoryUpsert, Category: &c}); err != nil {
				return err
			}
		}
		tx.Audit("", fmt.Sprint(ids))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: reorder categories: %w", err)
	}
	return out, nil
}

// sameIDs reports whether ids names each of cs exactly once.
func sameIDs(cs []content.Category, ids []string) bool {
	if len(cs) != len(ids) {
		return false
	}
	have := make([]string, len(cs))
	for i, c := range cs {
		have[i] = c.ID
	}
	want := slices.Clone(ids)
	slices.Sort(have)
	slices.Sort(want)
	return slices.Equal(have, want)
}

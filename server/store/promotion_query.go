package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// Promotion returns the promotion with id, or ErrNotFound.
func (s *Store) Promotion(ctx context.Context, id string) (content.Promotion, error) {
	row := s.queryRow(ctx,
		`SELECT `+promotionColumns+` FROM promotions WHERE id = ?`, id)
	p, err := scanPromotion(row)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.Promotion{}, fmt.Errorf("store: promotion %q: %w", id, err)
	}
	return p, nil
}

// Promotions returns every promotion (at most listMax), highest priority
// first, then the most recently changed; id breaks ties so the order is
// stable for screens.
func (s *Store) Promotions(ctx context.Context) ([]content.Promotion, error) {
	ps, err := queryAll(ctx, s, scanPromotion, `SELECT `+promotionColumns+` FROM promotions
		ORDER BY priority DESC, updated_at DESC, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: promotions: %w", err)
	}
	return ps, nil
}

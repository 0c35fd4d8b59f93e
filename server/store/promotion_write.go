package store

import (
	"context"
	"database/sql"
	"fmt"

	"storecast/app/content"
)

// CreatePromotion stores p under a new id and returns it with ID and
// UpdatedAt set. Any ID in p is ignored. The caller validates p first.
func (s *Store) CreatePromotion(ctx context.Context, p content.Promotion) (content.Promotion, error) {
	p = normalize(p)
	p.ID = NewID()
	p.UpdatedAt = s.now()
	err := s.change(ctx, "promotion.create", func(tx *Tx) error {
		var err error
		p, err = addPromotion(ctx, tx, p)
		return err
	})
	if err != nil {
		return content.Promotion{}, fmt.Errorf("store: create promotion: %w", err)
	}
	return p, nil
}

// addPromotion inserts p (normalized, with its id and time set), paused
// if its products are sold out, names it for the audit entry and
// publishes it to screens.
func addPromotion(ctx context.Context, tx *Tx, p content.Promotion) (content.Promotion, error) {
	var err error
	if p.Paused, err = offerPaused(ctx, tx, p); err != nil {
		return p, err
	}
	if err := insertPromotion(ctx, tx.Tx, p); err != nil {
		return p, err
	}
	tx.Audit(p.ID, p.Title.In(content.DefaultLocale))
	return p, tx.Emit(content.StreamStore, content.Event{Op: content.OpPromotionUpsert, Promotion: &p})
}

// UpdatePromotion replaces every field of the promotion with p.ID and sets
// UpdatedAt. It returns ErrNotFound if there is no such promotion.
func (s *Store) UpdatePromotion(ctx context.Context, p content.Promotion) (content.Promotion, error) {
	p = normalize(p)
	p.UpdatedAt = s.now()
	err := s.change(ctx, "promotion.update", func(tx *Tx) error {
		title, body, groups, err := encodePromotion(p)
		if err != nil {
			return err
		}
		products, err := encodeStrings(p.Products)
		if err != nil {
			return err
		}
		if p.Paused, err = offerPaused(ctx, tx, p); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE promotions SET
			title = ?, body = ?, image = ?, price = ?, was_price = ?,
			valid_from = ?, valid_to = ?, priority = ?, category = ?, groups = ?, updated_at = ?,
			products = ?, stock_threshold = ?, paused = ?
			WHERE id = ?`,
			title, body, p.Image, p.Price, p.WasPrice,
			toMillis(p.ValidFrom), toMillis(p.ValidTo), p.Priority, p.Category, groups, p.UpdatedAt.UnixMilli(),
			products, p.StockThreshold, p.Paused, p.ID)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(p.ID, p.Title.In(content.DefaultLocale))
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpPromotionUpsert, Promotion: &p})
	})
	if err != nil {
		return content.Promotion{}, fmt.Errorf("store: update promotion %q: %w", p.ID, err)
	}
	return p, nil
}

// DeletePromotion removes the promotion for good. It returns ErrNotFound if
// there is no such promotion.
func (s *Store) DeletePromotion(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "promotion.delete", id, "", deleted(content.StreamStore, content.OpPromotionDelete, id), `DELETE FROM promotions WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete promotion %q: %w", id, err)
	}
	return nil
}

// insertPromotion writes p as a new row; created_at is p.UpdatedAt.
func insertPromotion(ctx context.Context, tx *sql.Tx, p content.Promotion) error {
	title, body, groups, err := encodePromotion(p)
	if err != nil {
		return err
	}
	products, err := encodeStrings(p.Products)
	if err != nil {
		return err
	}
	ms := p.UpdatedAt.UnixMilli()
	_, err = tx.ExecContext(ctx, `INSERT INTO promotions
		(id, title, body, image, price, was_price, valid_from, valid_to,
		 priority, category, groups, created_at, updated_at, products, stock_threshold, paused)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.ID, title, body, p.Image, p.Price, p.WasPrice,
		toMillis(p.ValidFrom), toMillis(p.ValidTo), p.Priority, p.Category, groups, ms, ms,
		products, p.StockThreshold, p.Paused)
	return err
}

// encodePromotion encodes the columns of p that hold JSON.
func encodePromotion(p content.Promotion) (title, body, groups string, err error) {
	if title, err = encodeText(p.Title); err != nil {
		return "", "", "", err
	}
	if body, err = encodeText(p.Body); err != nil {
		return "", "", "", err
	}
	if groups, err = encodeStrings(p.Groups); err != nil {
		return "", "", "", err
	}
	return title, body, groups, nil
}

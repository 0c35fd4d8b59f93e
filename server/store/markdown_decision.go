package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storecast/app/content"
)

// Markdown decisions.
const (
	MarkdownApproved  = "approved"
	MarkdownDismissed = "dismissed"
)

// ErrDecided is ApproveMarkdown's answer for a lot an editor has already
// decided on: MarkdownOffer has the offer if it was approved.
var ErrDecided = errors.New("store: the lot's markdown is already decided")

// ApproveMarkdown stores offer (a new promotion, published to screens like
// any other) as the markdown of the lot of sku best before bestBefore, in
// one transaction with the decision, so two taps cannot make two offers:
// the second gets ErrDecided.
func (s *Store) ApproveMarkdown(ctx context.Context, sku, bestBefore string, offer content.Promotion) (content.Promotion, error) {
	p := normalize(offer)
	p.ID = NewID()
	p.UpdatedAt = s.now()
	err := s.change(ctx, "markdown.approve", func(tx *Tx) error {
		if err := decide(ctx, tx, sku, bestBefore, MarkdownApproved, p.ID, p.UpdatedAt.UnixMilli()); err != nil {
			return err
		}
		var err error
		p, err = addPromotion(ctx, tx, p)
		tx.Audit(p.ID, sku+" "+bestBefore+": "+content.FormatPrice(p.Price))
		return err
	})
	if err != nil {
		return content.Promotion{}, fmt.Errorf("store: approve markdown of %s %s: %w", sku, bestBefore, err)
	}
	return p, nil
}

// DismissMarkdown takes the lot of sku best before bestBefore off the
// suggestions for good. Dismissing it again, or after its approval,
// changes nothing; a lot the store does not have is ErrNotFound.
func (s *Store) DismissMarkdown(ctx context.Context, sku, bestBefore string) error {
	err := s.change(ctx, "markdown.dismiss", func(tx *Tx) error {
		tx.Audit(sku, bestBefore)
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM product_lots WHERE sku = ? AND best_before = ?`,
			sku, bestBefore).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		err := decide(ctx, tx, sku, bestBefore, MarkdownDismissed, "", s.now().UnixMilli())
		if errors.Is(err, ErrDecided) {
			return nil
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("store: dismiss markdown of %s %s: %w", sku, bestBefore, err)
	}
	return nil
}

// MarkdownOffer returns the promotion approved for the lot of sku best
// before bestBefore; ErrNotFound if none was (or it has been deleted).
func (s *Store) MarkdownOffer(ctx context.Context, sku, bestBefore string) (content.Promotion, error) {
	var id string
	err := s.queryRow(ctx, `SELECT promotion_id FROM markdown_decisions
		WHERE sku = ? AND best_before = ? AND decision = ?`, sku, bestBefore, MarkdownApproved).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return content.Promotion{}, fmt.Errorf("store: markdown offer of %s %s: %w", sku, bestBefore, ErrNotFound)
	}
	if err != nil {
		return content.Promotion{}, fmt.Errorf("store: markdown offer of %s %s: %w", sku, bestBefore, err)
	}
	return s.Promotion(ctx, id)
}

// decide records a decision on a lot, or ErrDecided if it has one.
func decide(ctx context.Context, tx *Tx, sku, bestBefore, decision, promotionID string, ms int64) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO markdown_decisions (sku, best_before, decision, promotion_id, at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (sku, best_before) DO NOTHING`, sku, bestBefore, decision, promotionID, ms)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return errors.Join(err, ErrDecided)
	}
	return nil
}

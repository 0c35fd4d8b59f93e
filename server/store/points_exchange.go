package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// PointsExchange is what became of a kiosk's exchange of points for a
// coupon: Status "done" with its JSON Answer, or "refunded".
type PointsExchange struct {
	Issuer, ID, Item string
	Status           string
	Answer           string
}

// PointsExchange returns issuer's exchange id, or ErrNotFound if none
// finished yet.
func (s *Store) PointsExchange(ctx context.Context, issuer, id string) (PointsExchange, error) {
	x := PointsExchange{Issuer: issuer, ID: id}
	err := s.queryRow(ctx, `SELECT item_id, status, answer FROM point_exchanges
		WHERE issuer = ? AND exchange_id = ?`, issuer, id).Scan(&x.Item, &x.Status, &x.Answer)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return PointsExchange{}, fmt.Errorf("store: points exchange: %w", err)
	}
	return x, nil
}

// RecordPointsExchange records how an exchange ended. A shopper's
// exchange, no staff change: the ledger's spend entry names its issuer.
func (s *Store) RecordPointsExchange(ctx context.Context, x PointsExchange) error {
	err := s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO point_exchanges (issuer, exchange_id, item_id, status, answer, at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (issuer, exchange_id) DO UPDATE SET status = excluded.status, answer = excluded.answer`,
			x.Issuer, x.ID, x.Item, x.Status, x.Answer, s.now().UnixMilli())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: record points exchange: %w", err)
	}
	return nil
}

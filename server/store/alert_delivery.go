package store

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"storecast/app/rest"
)

// deliveriesKept bounds the delivery log: the newest attempts are what an
// operator reads, and a receiver down for a week must not fill the disk.
const deliveriesKept = 2000

// AddDelivery appends one delivery attempt to the log, dropping the
// oldest past deliveriesKept. d.ID is set from the row.
func (s *Store) AddDelivery(ctx context.Context, d rest.Delivery) (rest.Delivery, error) {
	err := s.record(ctx, func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO alert_deliveries (webhook, rule, subject, attempt, outcome, status, error, ms, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.Webhook, d.Rule, d.Subject, d.Attempt, d.Outcome, d.Status, d.Error, d.Millis, d.At.UnixMilli())
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		d.ID = strconv.FormatInt(id, 10)
		_, err = tx.ExecContext(ctx, `DELETE FROM alert_deliveries WHERE id <= ?`, id-deliveriesKept)
		return err
	})
	if err != nil {
		return rest.Delivery{}, fmt.Errorf("store: add delivery: %w", err)
	}
	return d, nil
}

// Deliveries returns the newest delivery attempts, at most limit, newest
// first.
func (s *Store) Deliveries(ctx context.Context, limit int) ([]rest.Delivery, error) {
	ds, err := queryAll(ctx, s, scanDelivery, `SELECT id, webhook, rule, subject, attempt, outcome, status, error, ms, at
		FROM alert_deliveries ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: deliveries: %w", err)
	}
	return ds, nil
}

func scanDelivery(r rowScanner) (rest.Delivery, error) {
	var d rest.Delivery
	var id, at int64
	err := r.Scan(&id, &d.Webhook, &d.Rule, &d.Subject, &d.Attempt, &d.Outcome, &d.Status, &d.Error, &d.Millis, &at)
	d.ID, d.At = strconv.FormatInt(id, 10), time.UnixMilli(at).UTC()
	return d, err
}

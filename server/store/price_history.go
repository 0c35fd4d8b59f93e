package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// PriceChange is one row of a product's price history.
type PriceChange struct {
	Channel string // ChannelInStore, ChannelOnline, ChannelDelivery
	Old     *int64 // nil: the channel's first price
	New     int64
	Actor   string
	Source  string
	At      time.Time
}

// PriceHistory returns up to limit changes of sku's prices, newest first;
// ErrNotFound when there is no such product.
func (s *Store) PriceHistory(ctx context.Context, sku string, limit int) ([]PriceChange, error) {
	var one int
	err := s.queryRow(ctx, `SELECT 1 FROM products WHERE sku = ?`, sku).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: price history: %w", err)
	}
	cs, err := queryAll(ctx, s, func(r rowScanner) (PriceChange, error) {
		var c PriceChange
		var old sql.NullInt64
		var at int64
		err := r.Scan(&c.Channel, &old, &c.New, &c.Actor, &c.Source, &at)
		c.Old, c.At = fromNull(old), time.UnixMilli(at).UTC()
		return c, err
	}, `SELECT channel, old, new, actor, source, at FROM price_history WHERE sku = ? ORDER BY id DESC LIMIT ?`, sku, limit)
	if err != nil {
		return nil, fmt.Errorf("store: price history: %w", err)
	}
	return cs, nil
}

// SourceConsole is the price history source of a price staff edited in
// the console's product form.
const SourceConsole = "console"

// recordPrice writes one price history row in tx for the actor in ctx;
// old is invalid for a channel's first price.
func recordPrice(ctx context.Context, tx *Tx, sku, channel string, old sql.NullInt64, price int64, source string, ms int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO price_history (sku, channel, old, new, actor, source, at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, sku, channel, old, price, ActorFrom(ctx), source, ms)
	return err
}

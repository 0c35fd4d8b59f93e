package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"storecast/app/content"
)

// ParityMismatch is a product whose online or delivery price is known and
// is not its price in store.
type ParityMismatch struct {
	SKU              string
	Name             content.Text
	InStore          int64
	Online, Delivery *int64
	Channels         []string // ChannelOnline, ChannelDelivery: those that differ
	Since            time.Time
}

// ParityMismatches returns up to limit mismatches, the longest-standing
// first, and how many there are.
func (s *Store) ParityMismatches(ctx context.Context, limit int) ([]ParityMismatch, int, error) {
	n, err := s.ParityCount(ctx)
	if err != nil {
		return nil, 0, err
	}
	ms, err := queryAll(ctx, s, scanParity, `SELECT sku, name, price, online_price, delivery_price, parity_since
		FROM products WHERE parity_since IS NOT NULL ORDER BY parity_since, sku LIMIT ?`, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("store: parity: %w", err)
	}
	return ms, n, nil
}

// ParityCount says how many products' channel prices differ from their
// price in store.
func (s *Store) ParityCount(ctx context.Context) (int, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM products WHERE parity_since IS NOT NULL`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: parity count: %w", err)
	}
	return n, nil
}

func scanParity(r rowScanner) (ParityMismatch, error) {
	var (
		m                ParityMismatch
		name             string
		online, delivery sql.NullInt64
		since            int64
	)
	if err := r.Scan(&m.SKU, &name, &m.InStore, &online, &delivery, &since); err != nil {
		return m, err
	}
	t, err := decodeText(name)
	if err != nil {
		return m, fmt.Errorf("product %s name: %w", m.SKU, err)
	}
	m.Name, m.Since = t, time.UnixMilli(since).UTC()
	m.Online, m.Delivery = fromNull(online), fromNull(delivery)
	for _, c := range []struct {
		channel string
		price   sql.NullInt64
	}{{ChannelOnline, online}, {ChannelDelivery, delivery}} {
		if differs(c.price, m.InStore) {
			m.Channels = append(m.Channels, c.channel)
		}
	}
	return m, nil
}

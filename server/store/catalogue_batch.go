package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// CatalogueBatch is the answer a catalogue batch got, kept under its
// idempotency key.
type CatalogueBatch struct {
	Key      string
	BodyHash string // hex SHA-256 of the body it came with
	Status   int    // the HTTP status it was answered with
	Answer   []byte // the JSON it was answered with
}

// CatalogueBatchByKey returns the batch kept under key, or ErrNotFound.
func (s *Store) CatalogueBatchByKey(ctx context.Context, key string) (CatalogueBatch, error) {
	b := CatalogueBatch{Key: key}
	err := s.queryRow(ctx, `SELECT body_hash, status, answer FROM catalogue_batches WHERE key = ?`, key).
		Scan(&b.BodyHash, &b.Status, &b.Answer)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return CatalogueBatch{}, fmt.Errorf("store: catalogue batch: %w", err)
	}
	return b, nil
}

// catalogueBatchKeep is how long a key is remembered: a feed retries a
// batch within minutes, never a week later.
const catalogueBatchKeep = 7 * 24 * time.Hour

// SaveCatalogueBatch keeps a batch's answer under its key (a key already
// kept keeps its first answer) and forgets keys older than a week.
func (s *Store) SaveCatalogueBatch(ctx context.Context, b CatalogueBatch) error {
	now := s.now()
	err := s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO catalogue_batches (key, body_hash, status, answer, created_at)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`, b.Key, b.BodyHash, b.Status, b.Answer, now.UnixMilli())
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM catalogue_batches WHERE created_at < ?`, now.Add(-catalogueBatchKeep).UnixMilli())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save catalogue batch: %w", err)
	}
	return nil
}

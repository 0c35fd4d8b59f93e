package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Webhook is where alerts go, with its secret: only server/alert, which
// signs with it, reads one whole.
type Webhook struct {
	ID        string
	Name      string
	Kind      string // rest.WebhookGeneric, WebhookWeCom, WebhookDingTalk
	URL       string
	Secret    string
	CreatedAt time.Time
}

// CreateWebhook stores a webhook (already validated). The audit entry
// names it and its kind, never its URL or secret.
func (s *Store) CreateWebhook(ctx context.Context, w Webhook) (Webhook, error) {
	w.ID, w.CreatedAt = NewID(), s.now().UTC().Truncate(time.Millisecond)
	err := s.change(ctx, "alert.webhook.add", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO alert_webhooks (id, name, kind, url, secret, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, w.ID, w.Name, w.Kind, w.URL, w.Secret, w.CreatedAt.UnixMilli())
		tx.Audit(w.ID, w.Kind+": "+w.Name)
		return err
	})
	if err != nil {
		return Webhook{}, fmt.Errorf("store: create webhook: %w", err)
	}
	return w, nil
}

// DeleteWebhook removes a webhook; ErrNotFound if there is none with id.
func (s *Store) DeleteWebhook(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "alert.webhook.remove", id, "", nil, `DELETE FROM alert_webhooks WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete webhook: %w", err)
	}
	return nil
}

// Webhooks lists every webhook, oldest first.
func (s *Store) Webhooks(ctx context.Context) ([]Webhook, error) {
	ws, err := queryAll(ctx, s, scanWebhook, `SELECT id, name, kind, url, secret, created_at FROM alert_webhooks ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("store: webhooks: %w", err)
	}
	return ws, nil
}

// Webhook returns the webhook with id, or ErrNotFound.
func (s *Store) Webhook(ctx context.Context, id string) (Webhook, error) {
	w, err := scanWebhook(s.queryRow(ctx, `SELECT id, name, kind, url, secret, created_at FROM alert_webhooks WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Webhook{}, fmt.Errorf("store: webhook: %w", err)
	}
	return w, nil
}

func scanWebhook(r rowScanner) (Webhook, error) {
	var w Webhook
	var created int64
	err := r.Scan(&w.ID, &w.Name, &w.Kind, &w.URL, &w.Secret, &created)
	w.CreatedAt = time.UnixMilli(created).UTC()
	return w, err
}
